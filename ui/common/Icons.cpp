#include "Icons.h"

#include <QPainter>
#include <QPainterPath>

namespace pd {

namespace {

const QColor zoomBlue(0x0B, 0x5C, 0xFF);

QPixmap canvas(int size)
{
    QPixmap pm(size, size);
    pm.fill(Qt::transparent);
    return pm;
}

template<typename Paint> QIcon iconFrom(Paint paint)
{
    QIcon icon;
    for (int size : {16, 20, 24, 32, 48, 64, 128})
        icon.addPixmap(paint(size));
    return icon;
}

} // namespace

QPixmap Icons::zoomLogo(int size)
{
    QPixmap pm = canvas(size);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal s = size;
    p.setPen(Qt::NoPen);
    p.setBrush(zoomBlue);
    p.drawRoundedRect(QRectF(0, 0, s, s), s * 0.24, s * 0.24);
    p.setBrush(Qt::white);
    p.drawRoundedRect(QRectF(s * 0.19, s * 0.33, s * 0.42, s * 0.34), s * 0.07, s * 0.07);
    QPainterPath lens;
    lens.moveTo(s * 0.65, s * 0.44);
    lens.lineTo(s * 0.81, s * 0.34);
    lens.lineTo(s * 0.81, s * 0.66);
    lens.lineTo(s * 0.65, s * 0.56);
    lens.closeSubpath();
    p.drawPath(lens);
    return pm;
}

QIcon Icons::zoom()
{
    return iconFrom([](int size) { return zoomLogo(size); });
}

QPixmap Icons::validityPixmap(Validity v, int size)
{
    QPixmap pm = canvas(size);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal s = size;
    const QColor fill = v == Validity::Valid ? QColor(0x1E, 0x8E, 0x3E)
        : v == Validity::Invalid             ? QColor(0xC5, 0x22, 0x1F)
                                             : QColor(0x80, 0x86, 0x8B);
    if (v == Validity::Untested) {
        // Not tested: an open ring, neither good nor bad.
        p.setPen(QPen(fill, qMax(1.5, s * 0.12)));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(QRectF(s * 0.14, s * 0.14, s * 0.72, s * 0.72));
        return pm;
    }
    p.setPen(Qt::NoPen);
    p.setBrush(fill);
    p.drawEllipse(QRectF(s * 0.06, s * 0.06, s * 0.88, s * 0.88));
    QPen mark(Qt::white, qMax(1.5, s * 0.12), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(mark);
    p.setBrush(Qt::NoBrush);
    if (v == Validity::Valid) {
        const QPointF check[] = {{s * 0.30, s * 0.52}, {s * 0.44, s * 0.66}, {s * 0.70, s * 0.36}};
        p.drawPolyline(check, 3);
    } else {
        p.drawLine(QPointF(s * 0.34, s * 0.34), QPointF(s * 0.66, s * 0.66));
        p.drawLine(QPointF(s * 0.66, s * 0.34), QPointF(s * 0.34, s * 0.66));
    }
    return pm;
}

QIcon Icons::validity(Validity v)
{
    return iconFrom([v](int size) { return validityPixmap(v, size); });
}

QPixmap Icons::padded(const QIcon &icon, int size, int padding)
{
    QPixmap pm = canvas(size + 2 * padding);
    QPainter p(&pm);
    p.drawPixmap(padding, padding, icon.pixmap(size, size));
    return pm;
}

QIcon Icons::plus()
{
    return iconFrom([](int size) {
        QPixmap pm = canvas(size);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        const qreal s = size;
        p.setPen(QPen(zoomBlue, qMax(2.0, s * 0.14), Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(s * 0.5, s * 0.2), QPointF(s * 0.5, s * 0.8));
        p.drawLine(QPointF(s * 0.2, s * 0.5), QPointF(s * 0.8, s * 0.5));
        return pm;
    });
}

QIcon Icons::app()
{
    return iconFrom([](int size) {
        QPixmap pm = canvas(size);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        const qreal s = size;
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0x1A, 0x3D, 0x7C));
        p.drawRoundedRect(QRectF(0, 0, s, s), s * 0.2, s * 0.2);
        // A directory list on the left, an arrow, and a person on the right: users flow into Zoom.
        p.setBrush(Qt::white);
        for (int i = 0; i < 3; ++i)
            p.drawRoundedRect(QRectF(s * 0.14, s * (0.3 + i * 0.16), s * 0.22, s * 0.08), s * 0.03, s * 0.03);
        QPainterPath arrow;
        arrow.moveTo(s * 0.42, s * 0.44);
        arrow.lineTo(s * 0.52, s * 0.44);
        arrow.lineTo(s * 0.52, s * 0.38);
        arrow.lineTo(s * 0.62, s * 0.5);
        arrow.lineTo(s * 0.52, s * 0.62);
        arrow.lineTo(s * 0.52, s * 0.56);
        arrow.lineTo(s * 0.42, s * 0.56);
        arrow.closeSubpath();
        p.setBrush(QColor(0x7F, 0xB2, 0xFF));
        p.drawPath(arrow);
        p.setBrush(Qt::white);
        p.drawEllipse(QRectF(s * 0.7, s * 0.3, s * 0.14, s * 0.14));
        p.drawChord(QRectF(s * 0.64, s * 0.48, s * 0.26, s * 0.3), 0, 180 * 16);
        return pm;
    });
}

} // namespace pd
