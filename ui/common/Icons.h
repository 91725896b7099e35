#pragma once

#include "Connection.h"

#include <QIcon>
#include <QPixmap>

namespace pd {

// The app's icons: SVG files from resources/icons, compiled in and drawn by Qt's SVG icon engine.
class Icons
{
public:
    static QIcon app();
    // A blue tile with a white camera, in the spirit of Zoom's mark (not Zoom's artwork).
    static QPixmap zoomLogo(int size);
    static QIcon zoom();
    static QPixmap validityPixmap(Validity v, int size);
    static QIcon validity(Validity v);
    static QIcon plus();
    // icon at size, with a transparent margin (for places that draw it flush to an edge).
    static QPixmap padded(const QIcon &icon, int size, int padding);
};

} // namespace pd
