#pragma once

class QWidget;

namespace pd {

// `provisiondesk --smoke-test` (hidden): scripts/package starts the INSTALLED app offscreen to prove
// that the package's dependencies (Qt plugins, SQLite driver, SVG icon engine) are all there.
class SmokeTest
{
public:
    // Waits for the window's first paint, prints what was shown on stdout and quits with 0 (1 when
    // the app icon cannot be drawn, 2 when nothing was painted within 20 s).
    static void quitAfterFirstPaint(QWidget *window);
};

} // namespace pd
