#include "darkpalette.h"

#include <QApplication>
#include <QPainter>
#include <QProxyStyle>
#include <QStyleFactory>
#include <QStyleOption>

namespace hubdesk {

namespace {

void setBoth(QPalette &p, QPalette::ColorRole role, const QColor &active, const QColor &disabled)
{
    p.setColor(QPalette::All, role, active);
    p.setColor(QPalette::Disabled, role, disabled);
}

// Fusion outlines a check box or radio button in the window colour made darker: on a dark
// window that is nearly black on nearly black, and an unchecked box cannot be seen. This
// draws the outline again in the placeholder grey, which the palettes keep readable; in
// high contrast, where fields are black on black, the fields' frames too.
class OutlinedIndicators : public QProxyStyle
{
public:
    OutlinedIndicators(QStyle *style, bool frames)
        : QProxyStyle(style)
        , m_frames(frames)
    {
    }
    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget) const override
    {
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        if (m_frames && element == PE_FrameLineEdit) {
            outline(option, painter);
            return;
        }
        const bool box = element == PE_IndicatorCheckBox || element == PE_IndicatorItemViewItemCheck;
        if (!box && element != PE_IndicatorRadioButton)
            return;
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing, true);
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(option->palette.color(QPalette::PlaceholderText), 1));
        const QRectF r = QRectF(option->rect).adjusted(0.5, 0.5, -0.5, -0.5);
        if (box)
            painter->drawRect(r);
        else
            painter->drawEllipse(r.adjusted(0.5, 0.5, -0.5, -0.5));
        painter->restore();
    }
    void drawComplexControl(ComplexControl control, const QStyleOptionComplex *option, QPainter *painter,
                            const QWidget *widget) const override
    {
        QProxyStyle::drawComplexControl(control, option, painter, widget);
        if (m_frames && (control == CC_ComboBox || control == CC_SpinBox))
            outline(option, painter);
    }

private:
    static void outline(const QStyleOption *option, QPainter *painter)
    {
        painter->save();
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(option->palette.color(QPalette::PlaceholderText), 1));
        painter->drawRect(QRectF(option->rect).adjusted(0.5, 0.5, -0.5, -0.5));
        painter->restore();
    }
    bool m_frames;
};

} // namespace

QPalette DarkPalette::dark()
{
    // Greys chosen so that text, placeholder text and links keep at least 4.5:1 against
    // the backgrounds they are drawn on (WCAG AA).
    const QColor window(0x2d, 0x2d, 0x30);
    const QColor base(0x1e, 0x1e, 0x1e);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor dim(0x80, 0x80, 0x80);
    QPalette p;
    setBoth(p, QPalette::Window, window, window);
    setBoth(p, QPalette::WindowText, text, dim);
    setBoth(p, QPalette::Base, base, window);
    setBoth(p, QPalette::AlternateBase, QColor(0x29, 0x29, 0x2c), window);
    setBoth(p, QPalette::Text, text, dim);
    setBoth(p, QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0), dim);
    setBoth(p, QPalette::Button, QColor(0x3a, 0x3a, 0x3e), window);
    setBoth(p, QPalette::ButtonText, text, dim);
    setBoth(p, QPalette::BrightText, QColor(0xff, 0x8a, 0x80), QColor(0xff, 0x8a, 0x80));
    setBoth(p, QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x3e), QColor(0x3a, 0x3a, 0x3e));
    setBoth(p, QPalette::ToolTipText, text, text);
    setBoth(p, QPalette::Highlight, QColor(0x26, 0x4f, 0x78), QColor(0x3a, 0x3a, 0x3e));
    setBoth(p, QPalette::HighlightedText, QColor(0xff, 0xff, 0xff), dim);
    setBoth(p, QPalette::Link, QColor(0x6c, 0xb6, 0xff), QColor(0x6c, 0xb6, 0xff));
    setBoth(p, QPalette::LinkVisited, QColor(0xc5, 0x9b, 0xff), QColor(0xc5, 0x9b, 0xff));
    setBoth(p, QPalette::Light, QColor(0x4a, 0x4a, 0x4e), QColor(0x4a, 0x4a, 0x4e));
    setBoth(p, QPalette::Midlight, QColor(0x40, 0x40, 0x44), QColor(0x40, 0x40, 0x44));
    setBoth(p, QPalette::Mid, QColor(0x25, 0x25, 0x28), QColor(0x25, 0x25, 0x28));
    setBoth(p, QPalette::Dark, QColor(0x1a, 0x1a, 0x1c), QColor(0x1a, 0x1a, 0x1c));
    setBoth(p, QPalette::Shadow, QColor(0x00, 0x00, 0x00), QColor(0x00, 0x00, 0x00));
    return p;
}

QPalette DarkPalette::highContrast()
{
    // White on black, yellow selection and cyan links: the usual high-contrast scheme.
    const QColor black(0, 0, 0);
    const QColor white(0xff, 0xff, 0xff);
    const QColor grey(0xa0, 0xa0, 0xa0);
    QPalette p;
    for (QPalette::ColorRole role : {QPalette::Window, QPalette::Base, QPalette::AlternateBase, QPalette::Button,
                                     QPalette::ToolTipBase, QPalette::Shadow, QPalette::Dark, QPalette::Mid})
        setBoth(p, role, black, black);
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::ToolTipText,
                                     QPalette::PlaceholderText, QPalette::Light, QPalette::Midlight})
        setBoth(p, role, white, grey);
    setBoth(p, QPalette::PlaceholderText, QColor(0xd0, 0xd0, 0xd0), grey);
    setBoth(p, QPalette::BrightText, QColor(0xff, 0xff, 0x00), QColor(0xff, 0xff, 0x00));
    setBoth(p, QPalette::Highlight, QColor(0xff, 0xff, 0x00), grey);
    setBoth(p, QPalette::HighlightedText, black, black);
    setBoth(p, QPalette::Link, QColor(0x00, 0xff, 0xff), QColor(0x00, 0xff, 0xff));
    setBoth(p, QPalette::LinkVisited, QColor(0xff, 0x80, 0xff), QColor(0xff, 0x80, 0xff));
    return p;
}

bool DarkPalette::apply(const QByteArray &name)
{
    QPalette palette;
    if (name == "dark")
        palette = dark();
    else if (name == "contrast")
        palette = highContrast();
    else
        return false;
    QApplication::setStyle(new OutlinedIndicators(QStyleFactory::create(QStringLiteral("Fusion")), name == "contrast"));
    setApplicationPalette(palette);
    return true;
}

void DarkPalette::setApplicationPalette(const QPalette &palette)
{
    QApplication::setPalette(palette);
    for (const char *name : {"QAbstractButton", "QToolButton", "QCheckBox", "QRadioButton", "QHeaderView",
                             "QAbstractItemView", "QMessageBoxLabel", "QTabBar", "QLabel", "QGroupBox", "QMenu",
                             "QMenuBar", "QTextEdit", "QTextControl", "QLineEdit", "QComboBox", "QAbstractSpinBox"})
        QApplication::setPalette(palette, name);
}

} // namespace hubdesk
