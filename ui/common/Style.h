#pragma once

#include <QColor>
#include <QString>

class QPalette;
class QWidget;

namespace pd {

// The few colours the UI sets itself, chosen for contrast (WCAG AA) on the window background of
// the application's palette: lighter tones when that palette is dark.
class Style
{
public:
    static QColor mutedText();
    static QColor errorText();
    static QColor warningText();
    static QColor accent();
    // Secondary text (hints, notes): readable, unlike a disabled label.
    static void makeMuted(QWidget *widget);

    // Whether the application's palette (or p) has light text on a dark window.
    static bool isDark();
    static bool isDark(const QPalette &p);

    // "dark", "light" or "system" (leave the platform's). Dark and light use the Fusion style, which
    // follows the palette everywhere. Call before the first window is created. False: unknown mode.
    static bool applyPalette(const QString &mode);
    // $PROVISIONDESK_PALETTE, for screenshots and tests; empty when unset.
    static QString paletteFromEnvironment();
    static QPalette darkPalette();
};

} // namespace pd
