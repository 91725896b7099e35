#pragma once

#include <QColor>

class QWidget;

namespace pd {

// The few colours the UI sets itself, chosen for contrast (WCAG AA on the window background).
class Style
{
public:
    static QColor mutedText() { return {0x4D, 0x51, 0x56}; }
    static QColor errorText() { return {0xB3, 0x26, 0x1E}; }
    static QColor accent() { return {0x0B, 0x5C, 0xFF}; }
    // Secondary text (hints, notes): readable, unlike a disabled label.
    static void makeMuted(QWidget *widget);
};

} // namespace pd
