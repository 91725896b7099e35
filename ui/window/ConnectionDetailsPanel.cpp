#include "ConnectionDetailsPanel.h"

#include "ConnectionSummaryView.h"
#include "DisplayText.h"
#include "Icons.h"
#include "MessageBanner.h"
#include "Style.h"
#include "ToggleSwitch.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace pd {

namespace {
QFrame *line(QWidget *parent)
{
    auto *frame = new QFrame(parent);
    frame->setFrameShape(QFrame::HLine);
    frame->setFrameShadow(QFrame::Sunken);
    return frame;
}
} // namespace

ConnectionDetailsPanel::ConnectionDetailsPanel(QWidget *parent)
    : QWidget(parent)
    , m_content(new QWidget(this))
    , m_empty(new QLabel(tr("Select a connection to see its details."), this))
    , m_logo(new QLabel(m_content))
    , m_name(new QLabel(m_content))
    , m_statusIcon(new QLabel(m_content))
    , m_status(new QLabel(m_content))
    , m_toggleLabel(new QLabel(tr("&Enabled"), m_content))
    , m_toggle(new ToggleSwitch(m_content))
    , m_banner(new MessageBanner(m_content))
    , m_description(new QLabel(m_content))
    , m_busy(new QProgressBar(m_content))
    , m_summary(new ConnectionSummaryView(ConnectionSummaryView::Rows::WithoutNameAndDescription, m_content))
    , m_actionsLayout(new QVBoxLayout)
    , m_sectionsLayout(new QVBoxLayout)
    , m_bannersLayout(new QVBoxLayout)
{
    setObjectName(QStringLiteral("connectionDetails"));
    m_empty->setAlignment(Qt::AlignCenter);
    Style::makeMuted(m_empty);
    m_name->setObjectName(QStringLiteral("detailsName"));
    QFont big = m_name->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.4);
    m_name->setFont(big);
    m_name->setTextFormat(Qt::PlainText);
    m_name->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("detailsStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_toggle->setObjectName(QStringLiteral("enableToggle"));
    m_toggle->setAccessibleName(tr("Enabled"));
    m_toggleLabel->setBuddy(m_toggle);
    m_description->setObjectName(QStringLiteral("detailsDescription"));
    m_description->setWordWrap(true);
    m_description->setTextFormat(Qt::PlainText);
    m_busy->setObjectName(QStringLiteral("detailsBusy"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(6);
    m_busy->setAccessibleName(tr("Testing the connection"));
    m_busy->hide();
    m_summary->setObjectName(QStringLiteral("detailsSummary"));

    auto *titleColumn = new QVBoxLayout;
    titleColumn->setSpacing(2);
    titleColumn->addWidget(m_name);
    auto *statusRow = new QHBoxLayout;
    statusRow->setSpacing(6);
    statusRow->addWidget(m_statusIcon);
    statusRow->addWidget(m_status, 1);
    titleColumn->addLayout(statusRow);
    auto *header = new QHBoxLayout;
    header->setSpacing(12);
    header->addWidget(m_logo, 0, Qt::AlignTop);
    header->addLayout(titleColumn, 1);
    auto *toggleRow = new QHBoxLayout;
    toggleRow->setSpacing(8);
    toggleRow->addWidget(m_toggleLabel, 0, Qt::AlignVCenter);
    toggleRow->addWidget(m_toggle, 0, Qt::AlignVCenter);
    auto *toggleColumn = new QVBoxLayout;
    toggleColumn->addLayout(toggleRow);
    toggleColumn->addStretch(1);
    header->addLayout(toggleColumn);

    m_actionsLayout->setSpacing(6);
    auto *actionsColumn = new QVBoxLayout;
    actionsColumn->addLayout(m_actionsLayout);
    actionsColumn->addStretch(1);
    auto *body = new QHBoxLayout;
    body->setSpacing(24);
    body->addWidget(m_summary, 1, Qt::AlignTop);
    body->addLayout(actionsColumn);

    auto *content = new QVBoxLayout(m_content);
    content->setContentsMargins(0, 0, 0, 0);
    content->setSpacing(12);
    content->addLayout(header);
    content->addWidget(m_busy);
    content->addLayout(m_bannersLayout);
    content->addWidget(m_banner);
    content->addWidget(m_description);
    content->addWidget(line(m_content));
    content->addLayout(body);
    content->addLayout(m_sectionsLayout);
    content->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->addWidget(m_content);
    layout->addWidget(m_empty, 1);

    m_testButton = addActionButton(tr("&Test Connection"), tr("Test connection"), Needs::AnyConnection,
        [this](const Connection &) { emit testRequested(); });
    m_testButton->setObjectName(QStringLiteral("testConnectionButton"));
    m_editButton = addActionButton(tr("E&dit\u2026"), tr("Edit connection"), Needs::AnyConnection,
        [this](const Connection &) { emit editRequested(); });
    m_editButton->setObjectName(QStringLiteral("editConnectionButton"));
    m_deleteButton = addActionButton(tr("De&lete\u2026"), tr("Delete connection"), Needs::AnyConnection,
        [this](const Connection &) { emit deleteRequested(); });
    m_deleteButton->setObjectName(QStringLiteral("deleteConnectionButton"));

    connect(m_toggle, &ToggleSwitch::clicked, this, &ConnectionDetailsPanel::enableRequested);
    setConnection(std::nullopt);
}

void ConnectionDetailsPanel::setConnection(
    const std::optional<Connection> &connection, const QString &secretNote)
{
    const bool other = !connection || !m_connection || connection->id != m_connection->id;
    m_connection = connection;
    m_content->setVisible(connection.has_value());
    m_empty->setVisible(!connection.has_value());
    if (other)
        m_banner->hideMessage();
    if (connection) {
        const Connection &c = *connection;
        m_logo->setPixmap(Icons::zoomLogo(44));
        m_name->setText(c.name);
        const int iconSize = m_status->fontMetrics().height();
        m_statusIcon->setPixmap(Icons::validityPixmap(c.validity, iconSize));
        m_status->setText(tr("%1 \u00b7 %2 \u00b7 %3")
                              .arg(DisplayText::validity(c.validity), DisplayText::enabled(c.enabled),
                                  DisplayText::identityStore(c.identityStore)));
        m_toggle->setChecked(c.enabled);
        m_toggle->setToolTip(c.canBeEnabled() ? tr("Turn provisioning for this connection on or off")
                                              : tr("A connection can be enabled only after a connection test "
                                                   "passes"));
        m_description->setText(c.description);
        m_description->setVisible(!c.description.isEmpty());
        m_summary->setConnection(c, secretNote);
    }
    updateActions();
}

void ConnectionDetailsPanel::setTesting(bool testing)
{
    m_testing = testing;
    m_busy->setVisible(testing);
    updateActions();
}

QPushButton *ConnectionDetailsPanel::addActionButton(
    const QString &text, const QString &accessibleName, Needs needs, Handler handler)
{
    auto *button = new QPushButton(text, m_content);
    button->setAccessibleName(accessibleName);
    button->setMinimumWidth(150);
    m_actionsLayout->addWidget(button);
    m_actions.append({button, needs});
    connect(button, &QPushButton::clicked, this, [this, handler = std::move(handler)] {
        if (m_connection)
            handler(*m_connection);
    });
    updateActions();
    return button;
}

void ConnectionDetailsPanel::addSection(QWidget *section)
{
    section->setParent(m_content);
    m_sectionsLayout->addWidget(section);
}

void ConnectionDetailsPanel::addBanner(QWidget *banner)
{
    banner->setParent(m_content);
    m_bannersLayout->addWidget(banner);
}

void ConnectionDetailsPanel::updateActions()
{
    for (const Action &a : std::as_const(m_actions)) {
        bool ok = m_connection.has_value();
        if (ok && a.needs == Needs::ValidConnection)
            ok = m_connection->canBeEnabled();
        if (ok && a.needs == Needs::EnabledConnection)
            ok = m_connection->enabled && m_connection->canBeEnabled();
        a.button->setEnabled(ok);
    }
    if (m_testButton && m_testing)
        m_testButton->setEnabled(false);
}

} // namespace pd
