#include "Icons.h"

#include "Style.h"

#include <QIconEngine>
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

// A one-colour glyph drawn in a colour chosen at load: the SVG's own colour may vanish on the
// palette's background (blue on dark grey). Scalable like the SVG it wraps.
class TintedEngine : public QIconEngine
{
public:
    TintedEngine(QIcon glyph, QColor colour)
        : m_glyph(std::move(glyph))
        , m_colour(std::move(colour))
    { }
    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        QPixmap pm = pixmap(rect.size() * dpr, mode, state);
        pm.setDevicePixelRatio(dpr);
        painter->drawPixmap(rect, pm);
    }
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap pm = m_glyph.pixmap(size, 1.0, QIcon::Normal, state);
        if (pm.isNull())
            return pm;
        QPainter p(&pm);
        p.setCompositionMode(QPainter::CompositionMode_SourceIn);
        QColor c = m_colour;
        if (mode == QIcon::Disabled)
            c.setAlphaF(0.4);
        p.fillRect(pm.rect(), c);
        return pm;
    }
    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override { return size; }
    QIconEngine *clone() const override { return new TintedEngine(m_glyph, m_colour); }

private:
    QIcon m_glyph;
    QColor m_colour;
};

QIcon tinted(const char *name, const QColor &colour)
{
    return QIcon(new TintedEngine(load(name), colour));
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
    // The open ring is a glyph: the palette's secondary text colour, readable in light and dark.
    return tinted("untested", Style::mutedText());
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
    return tinted("plus", Style::accent());
}

QIcon Icons::app()
{
    return load("provisiondesk");
}

} // namespace pd
