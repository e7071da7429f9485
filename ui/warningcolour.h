#pragma once

#include <QColor>
#include <QPalette>

class QWidget;

namespace hubdesk {

// The colour of a warning or error text, taken from the palette: a red that keeps at
// least 4.5:1 against both the window and the field backgrounds, light or dark theme.
class WarningColour
{
public:
    static QColor forPalette(const QPalette &palette);
    // The WCAG contrast ratio of two colours, from 1 (same) to 21 (black on white).
    static double contrast(const QColor &a, const QColor &b);
    // Shows \a label's text in the warning colour, and again after a change of the
    // application's palette (a theme switched while running).
    static void apply(QWidget *label);
};

} // namespace hubdesk
