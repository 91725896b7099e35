#include "MessageBanner.h"

#include "Style.h"

#include <QAccessible>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QStyle>
#include <QToolButton>

namespace pd {

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageBanner"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 8, 6, 8);
    layout->setSpacing(8);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    m_text->setObjectName(QStringLiteral("messageBannerText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Dark text on the light tint (light on a deep tint in a dark palette), whatever the theme.
    QPalette pal = m_text->palette();
    pal.setColor(QPalette::WindowText, Style::isDark() ? QColor(0xE8, 0xEA, 0xED) : QColor(0x20, 0x21, 0x24));
    m_text->setPalette(pal);
    m_close->setObjectName(QStringLiteral("messageBannerClose"));
    m_close->setAutoRaise(true);
    m_close->setText(QStringLiteral("\u2715"));
    m_close->setAccessibleName(tr("Close message"));
    m_close->setToolTip(tr("Close message"));
    connect(m_close, &QToolButton::clicked, this, &MessageBanner::hideMessage);
    hide();
}

void MessageBanner::showMessage(Type type, const QString &text)
{
    m_type = type;
    QColor background, border;
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    switch (type) {
    case Type::Positive:
        background = QColor(0xE6, 0xF4, 0xEA);
        border = QColor(0x1E, 0x8E, 0x3E);
        break;
    case Type::Warning:
        background = QColor(0xFE, 0xF7, 0xE0);
        border = QColor(0xE3, 0x74, 0x00);
        icon = QStyle::SP_MessageBoxWarning;
        break;
    case Type::Error:
        background = QColor(0xFC, 0xE8, 0xE6);
        border = QColor(0xC5, 0x22, 0x1F);
        icon = QStyle::SP_MessageBoxCritical;
        break;
    case Type::Information:
        background = QColor(0xE8, 0xF0, 0xFE);
        border = QColor(0x1A, 0x73, 0xE8);
        break;
    }
    if (Style::isDark()) // a deep tint of the border colour, under light text
        background = QColor(
            (border.red() + 3 * 0x22) / 4, (border.green() + 3 * 0x24) / 4, (border.blue() + 3 * 0x27) / 4);
    m_background = background;
    m_border = border;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(size, size));
    m_text->setText(text);
    setAccessibleName(text);
    show();
    QAccessibleEvent event(this, QAccessible::Alert);
    QAccessible::updateAccessibility(&event);
}

void MessageBanner::setClosable(bool closable)
{
    m_close->setVisible(closable);
}

void MessageBanner::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(m_border, 1));
    p.setBrush(m_background);
    p.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
}

void MessageBanner::hideMessage()
{
    m_text->clear();
    hide();
}

QString MessageBanner::text() const
{
    return m_text->text();
}

} // namespace pd
