#include "IdentityStoreTile.h"

#include "Style.h"

#include <QPainter>
#include <QStyleOptionFocusRect>

namespace pd {

IdentityStoreTile::IdentityStoreTile(
    const QPixmap &logo, const QString &name, const QString &description, QWidget *parent)
    : QAbstractButton(parent)
    , m_logo(logo)
    , m_description(description)
{
    setText(name);
    setCheckable(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_Hover);
    setCursor(Qt::PointingHandCursor);
    setAccessibleName(name);
    setAccessibleDescription(description);
    setToolTip(description);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

QSize IdentityStoreTile::sizeHint() const
{
    return {220, 190};
}

QSize IdentityStoreTile::minimumSizeHint() const
{
    return sizeHint();
}

void IdentityStoreTile::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHints(QPainter::Antialiasing | QPainter::SmoothPixmapTransform);
    const QColor accent = Style::accent(); // at paint time: it follows the palette
    const bool dark = Style::isDark();
    const QRectF frame = QRectF(rect()).adjusted(2, 2, -2, -2);
    const bool hovered = underMouse() && isEnabled();
    QColor border = isChecked() ? accent : hovered ? accent.lighter(150) : palette().color(QPalette::Mid);
    p.setPen(QPen(border, isChecked() ? 2.0 : 1.0));
    p.setBrush(isChecked() ? (dark ? QColor(0x23, 0x33, 0x4D) : QColor(0xF0, 0xF5, 0xFF))
                           : palette().color(QPalette::Base));
    p.drawRoundedRect(frame, 8, 8);
    if (hasFocus()) {
        p.setPen(QPen(palette().color(QPalette::Highlight), 1, Qt::DashLine));
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(frame.adjusted(4, 4, -4, -4), 6, 6);
    }

    const int logoSize = 56;
    const QRect logoRect(int(frame.center().x()) - logoSize / 2, int(frame.top()) + 18, logoSize, logoSize);
    p.drawPixmap(logoRect, m_logo);

    QFont nameFont = font();
    nameFont.setBold(true);
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.15);
    p.setFont(nameFont);
    p.setPen(palette().color(QPalette::Text));
    const QRectF nameRect(
        frame.left() + 8, logoRect.bottom() + 8, frame.width() - 16, QFontMetrics(nameFont).height());
    p.drawText(nameRect, Qt::AlignHCenter | Qt::AlignTop, text());

    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    p.setFont(small);
    p.setPen(Style::mutedText());
    const QRectF descRect(
        frame.left() + 12, nameRect.bottom() + 2, frame.width() - 24, 2 * QFontMetrics(small).height() + 2);
    p.drawText(descRect, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, m_description);

    // The "Select" pill of the console's tiles; it turns into "Selected" with a check.
    const QString mark = isChecked() ? tr("\u2713 Selected") : tr("Select");
    QFont markFont = font();
    markFont.setBold(true);
    p.setFont(markFont);
    const QFontMetrics fm(markFont);
    const int pillWidth = fm.horizontalAdvance(mark) + 28;
    const QRectF pill(
        frame.center().x() - pillWidth / 2.0, frame.bottom() - fm.height() - 20, pillWidth, fm.height() + 8);
    p.setPen(QPen(accent, 1));
    p.setBrush(isChecked() ? accent : Qt::transparent);
    p.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2);
    p.setPen(isChecked() ? (dark ? QColor(0x20, 0x21, 0x24) : QColor(Qt::white)) : accent);
    p.drawText(pill, Qt::AlignCenter, mark);
}

} // namespace pd
