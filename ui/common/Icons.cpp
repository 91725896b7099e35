#include "Icons.h"

#include <QPainter>

namespace pd {

namespace {

// The icons are SVG files in resources/icons, compiled in as ":/icons/<name>.svg". Qt's SVG icon
// engine draws them sharp at any size and device pixel ratio.
QIcon load(const char *name)
{
    QIcon icon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name)));
    static bool warned = false;
    if (!warned && icon.pixmap(16, 16).isNull()) {
        warned = true;
        qWarning("Icons: cannot draw :/icons/%s.svg; is Qt's SVG icon engine plugin installed "
                 "(Debian: libqt6svg6)?",
            name);
    }
    return icon;
}

} // namespace

QPixmap Icons::zoomLogo(int size)
{
    return zoom().pixmap(size, size);
}

QIcon Icons::zoom()
{
    return load("zoom");
}

QPixmap Icons::validityPixmap(Validity v, int size)
{
    return validity(v).pixmap(size, size);
}

QIcon Icons::validity(Validity v)
{
    switch (v) {
    case Validity::Valid:
        return load("valid");
    case Validity::Invalid:
        return load("invalid");
    case Validity::Untested:
        break;
    }
    return load("untested");
}

QPixmap Icons::padded(const QIcon &icon, int size, int padding)
{
    QPixmap pm(size + 2 * padding, size + 2 * padding);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.drawPixmap(padding, padding, icon.pixmap(size, size));
    return pm;
}

QIcon Icons::plus()
{
    return load("plus");
}

QIcon Icons::app()
{
    return load("provisiondesk");
}

} // namespace pd
