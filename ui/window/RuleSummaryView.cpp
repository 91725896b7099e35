#include "RuleSummaryView.h"

#include "HistoryLoader.h"
#include "HistoryQuery.h"
#include "HistoryStyle.h"
#include "OutboundRule.h"
#include "Style.h"

#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace pd {

RuleSummaryView::RuleSummaryView(const QString &dataDir, QWidget *parent)
    : QWidget(parent)
    , m_loader(new HistoryLoader(dataDir, this))
    , m_source(new QLabel(this))
    , m_scope(new QLabel(this))
{
    setObjectName(QStringLiteral("ruleSummary"));
    auto *title = new QLabel(tr("Outbound rule"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    m_source->setObjectName(QStringLiteral("ruleSource"));
    m_source->setTextFormat(Qt::PlainText);
    m_source->setWordWrap(true);
    m_source->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_scope->setObjectName(QStringLiteral("ruleScope"));
    m_scope->setTextFormat(Qt::PlainText);
    m_scope->setWordWrap(true);
    auto *sourceLabel = new QLabel(tr("Source:"), this);
    auto *scopeLabel = new QLabel(tr("In scope:"), this);
    Style::makeMuted(sourceLabel);
    Style::makeMuted(scopeLabel);
    // Read by screen readers as "Source: LDAP ..." rather than the bare value.
    m_source->setAccessibleName(tr("Rule source"));
    m_scope->setAccessibleName(tr("People in scope at the last sync"));

    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(sourceLabel, m_source);
    form->addRow(scopeLabel, m_scope);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(title);
    layout->addLayout(form);
}

QString RuleSummaryView::describeSource(const Connection &connection)
{
    OutboundRule rule;
    if (connection.rule.isEmpty() || !OutboundRule::fromConnection(connection, &rule).isEmpty())
        return {};
    if (rule.source.type == SourceSettings::Type::Csv)
        return tr("CSV file %1").arg(QDir::toNativeSeparators(rule.source.csv.file));
    return tr("LDAP %1, base DN %2")
        .arg(rule.source.ldap.url.toString(QUrl::RemoveUserInfo), rule.source.ldap.baseDn);
}

void RuleSummaryView::setConnection(const std::optional<Connection> &connection)
{
    const QString source = connection ? describeSource(*connection) : QString();
    m_source->setText(source.isEmpty()
            ? tr("No outbound rule yet: set one with \u201cOutbound Rule\u2026\u201d.")
            : source);
    const QUuid id = connection ? connection->id : QUuid();
    if (id != m_connectionId || m_scope->text().isEmpty()) {
        m_connectionId = id;
        refresh();
    }
}

void RuleSummaryView::refresh()
{
    const quint64 generation = ++m_generation;
    if (m_connectionId.isNull()) {
        showScope(SyncSummary());
        emit loaded();
        return;
    }
    m_scope->setText(tr("Reading the history\u2026"));
    m_loader->run<SyncSummary>(
        this, [id = m_connectionId](QSqlDatabase db) { return HistoryQuery(db).summary(id); },
        [this, generation](const SyncSummary &s) {
            if (generation != m_generation)
                return;
            showScope(s);
            emit loaded();
        });
}

void RuleSummaryView::showScope(const SyncSummary &s)
{
    if (s.lastRunId == 0) {
        m_scope->setText(tr("Not synced yet"));
        return;
    }
    const QDateTime when = s.lastFinishedAt.isValid() ? s.lastFinishedAt : s.lastStartedAt;
    m_scope->setText(
        tr("%n people at the last sync (%1)", nullptr, s.impacted()).arg(HistoryStyle::dateTime(when)));
}

QString RuleSummaryView::sourceText() const
{
    return m_source->text();
}

QString RuleSummaryView::scopeText() const
{
    return m_scope->text();
}

} // namespace pd
