#include "SaveProblemPanel.h"

#include <QAccessible>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace pd {

SaveProblemPanel::SaveProblemPanel(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_retry(new QPushButton(tr("&Retry"), this))
    , m_session(new QPushButton(tr("&Keep for This Session Only"), this))
{
    setObjectName(QStringLiteral("saveProblemPanel"));
    auto *icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxCritical, nullptr, this).pixmap(size, size));
    m_text->setObjectName(QStringLiteral("saveProblemText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette pal = m_text->palette();
    pal.setColor(QPalette::WindowText, QColor(0x20, 0x21, 0x24));
    m_text->setPalette(pal);
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_retry->setAccessibleName(tr("Retry saving"));
    m_session->setObjectName(QStringLiteral("keepForSessionButton"));
    m_session->setAccessibleName(tr("Keep the secret for this session only"));

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_session);
    buttons->addWidget(m_retry);
    auto *text = new QVBoxLayout;
    text->addWidget(m_text);
    text->addLayout(buttons);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addLayout(text, 1);

    connect(m_retry, &QPushButton::clicked, this, &SaveProblemPanel::retryRequested);
    connect(m_session, &QPushButton::clicked, this, &SaveProblemPanel::keepForSessionRequested);
    hide();
}

void SaveProblemPanel::showProblem(const QString &message, SecretResult::Error error, bool canKeepForSession)
{
    QString text = message;
    const bool noBackend = error == SecretResult::Error::NoBackend;
    if (noBackend) {
        text = tr("%1\n\nProvisionDesk never writes secrets to disk. You can keep the Client Secret for this "
                  "session only: the connection is saved, and you enter the secret again after restarting "
                  "ProvisionDesk.")
                   .arg(message);
        if (!canKeepForSession)
            text = message;
    }
    m_text->setText(text);
    setAccessibleName(text);
    m_retry->setVisible(error != SecretResult::Error::None);
    m_session->setVisible(noBackend && canKeepForSession);
    show();
    QAccessibleEvent event(this, QAccessible::Alert);
    QAccessible::updateAccessibility(&event);
}

void SaveProblemPanel::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(QColor(0xC5, 0x22, 0x1F), 1));
    p.setBrush(QColor(0xFC, 0xE8, 0xE6));
    p.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
}

void SaveProblemPanel::clear()
{
    m_text->clear();
    hide();
}

QString SaveProblemPanel::message() const
{
    return m_text->text();
}

} // namespace pd
