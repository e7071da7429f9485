#include "warningcolour.h"

#include <QApplication>
#include <QEvent>
#include <QWidget>

#include <cmath>

namespace hubdesk {

namespace {

double luminance(const QColor &c)
{
    auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    const QColor rgb = c.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

// Follows the application's palette: the colour was fixed in the widget's own palette.
class Follower : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::ApplicationPaletteChange || event->type() == QEvent::ParentChange)
            paint(static_cast<QWidget *>(watched));
        return false;
    }
    static void paint(QWidget *w)
    {
        // From the palette the widget would have without its own colour.
        const QPalette inherited = QApplication::palette(w);
        QPalette pal = w->palette();
        pal.setColor(QPalette::WindowText, WarningColour::forPalette(inherited));
        w->setPalette(pal);
    }
};

} // namespace

double WarningColour::contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor WarningColour::forPalette(const QPalette &palette)
{
    const QColor window = palette.color(QPalette::Window);
    const QColor base = palette.color(QPalette::Base);
    const bool darkTheme = luminance(window) < 0.18;
    // A red of the theme's kind, moved towards the text colour until it reads well on both
    // backgrounds; the text colour itself always does in a usable palette.
    const QColor red = darkTheme ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20);
    const QColor text = palette.color(QPalette::WindowText);
    for (int step = 0; step <= 10; ++step) {
        const double t = step / 10.0;
        const QColor c = QColor::fromRgbF(float(red.redF() * (1 - t) + text.redF() * t),
                                          float(red.greenF() * (1 - t) + text.greenF() * t),
                                          float(red.blueF() * (1 - t) + text.blueF() * t));
        if (contrast(c, window) >= 4.5 && contrast(c, base) >= 4.5)
            return c;
    }
    return text;
}

void WarningColour::apply(QWidget *label)
{
    Follower::paint(label);
    label->installEventFilter(new Follower(label));
}

} // namespace hubdesk
