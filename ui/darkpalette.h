#pragma once

#include <QByteArray>
#include <QPalette>

namespace hubdesk {

// The dark and high-contrast palettes, to run (and check) the window in them:
// HUBDESK_PALETTE=dark or =contrast picks one with the Fusion style, which follows
// the palette everywhere (the platform styles may draw parts in their own colours).
class DarkPalette
{
public:
    static QPalette dark();
    static QPalette highContrast();
    // "dark" or "contrast": sets the Fusion style and that palette on the application;
    // anything else leaves the platform's look. True when a palette was set.
    static bool apply(const QByteArray &name);
    // Sets \a palette on the application and on the classes of widget the platform theme
    // gives palettes of their own (buttons, item views, menus…), which would stay light.
    static void setApplicationPalette(const QPalette &palette);
};

} // namespace hubdesk
