#include "HistoryFilterBar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>

namespace pd {

HistoryFilterBar::HistoryFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_connection(new QComboBox(this))
    , m_period(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_outcome(new QComboBox(this))
    , m_dryRuns(new QCheckBox(tr("Show dry runs"), this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto add = [&](const QString &caption, QWidget *w) {
        auto *label = new QLabel(caption, this);
        label->setBuddy(w);
        layout->addWidget(label);
        layout->addWidget(w);
    };
    m_connection->addItem(tr("All connections"));
    m_connection->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    add(tr("&Connection:"), m_connection);

    m_period->addItem(tr("Last 7 days"), int(Period::Week));
    m_period->addItem(tr("Last 30 days"), int(Period::Month));
    m_period->addItem(tr("Last 90 days"), int(Period::Quarter));
    m_period->addItem(tr("Last 12 months"), int(Period::Year));
    m_period->addItem(tr("All time"), int(Period::All));
    m_period->addItem(tr("Custom range"), int(Period::Custom));
    m_period->setCurrentIndex(1);
    add(tr("&Period:"), m_period);
    for (QDateEdit *d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        d->setDate(QDate::currentDate());
        d->setVisible(false);
    }
    m_from->setDate(QDate::currentDate().addDays(-30));
    m_from->setToolTip(tr("From this day"));
    m_to->setToolTip(tr("Up to and including this day"));
    layout->addWidget(m_from);
    layout->addWidget(m_to);

    m_outcome->addItem(tr("Any outcome"));
    for (RunOutcome o : allRunOutcomes())
        m_outcome->addItem(runOutcomeDisplayName(o), int(o));
    add(tr("&Outcome:"), m_outcome);
    m_dryRuns->setChecked(true);
    layout->addWidget(m_dryRuns);
    layout->addStretch(1);

    connect(m_connection, &QComboBox::currentIndexChanged, this, [this] {
        m_wanted = {};
        emit changed();
    });
    connect(m_period, &QComboBox::currentIndexChanged, this, [this] {
        const bool custom = Period(m_period->currentData().toInt()) == Period::Custom;
        m_from->setVisible(custom);
        m_to->setVisible(custom);
        emit changed();
    });
    for (QDateEdit *d : {m_from, m_to})
        connect(d, &QDateEdit::dateChanged, this, &HistoryFilterBar::changed);
    connect(m_outcome, &QComboBox::currentIndexChanged, this, &HistoryFilterBar::changed);
    connect(m_dryRuns, &QCheckBox::toggled, this, &HistoryFilterBar::changed);
}

RunFilter HistoryFilterBar::filter() const
{
    RunFilter f;
    f.connectionId = m_connection->currentIndex() > 0 ? m_connection->currentData().toUuid() : m_wanted;
    const QDate today = QDate::currentDate();
    auto startOf = [](const QDate &d) { return d.startOfDay(); };
    switch (Period(m_period->currentData().toInt())) {
    case Period::Week:
        f.from = startOf(today.addDays(-6));
        break;
    case Period::Month:
        f.from = startOf(today.addDays(-29));
        break;
    case Period::Quarter:
        f.from = startOf(today.addDays(-89));
        break;
    case Period::Year:
        f.from = startOf(today.addMonths(-12).addDays(1));
        break;
    case Period::All:
        break;
    case Period::Custom:
        f.from = startOf(qMin(m_from->date(), m_to->date()));
        f.to = startOf(qMax(m_from->date(), m_to->date()).addDays(1));
        break;
    }
    if (m_outcome->currentIndex() > 0)
        f.outcomes = {RunOutcome(m_outcome->currentData().toInt())};
    f.includeDryRuns = m_dryRuns->isChecked();
    return f;
}

void HistoryFilterBar::setConnections(const QList<std::pair<QUuid, QString>> &connections)
{
    const QUuid current = m_connection->currentIndex() > 0 ? m_connection->currentData().toUuid() : m_wanted;
    {
        const QSignalBlocker blocker(m_connection);
        while (m_connection->count() > 1)
            m_connection->removeItem(1);
        for (const auto &[id, name] : connections)
            m_connection->addItem(name, id);
        const int index = current.isNull() ? 0 : m_connection->findData(current);
        m_connection->setCurrentIndex(qMax(0, index));
    }
    if (m_connection->currentIndex() > 0)
        m_wanted = {};
}

void HistoryFilterBar::setConnection(const QUuid &id)
{
    const int index = id.isNull() ? 0 : m_connection->findData(id);
    // Not in the list yet (it is loading, or the connection has no runs): keep filtering on it.
    m_wanted = index < 0 ? id : QUuid();
    const QSignalBlocker blocker(m_connection);
    m_connection->setCurrentIndex(qMax(0, index));
    emit changed();
}

void HistoryFilterBar::setPeriod(Period period)
{
    m_period->setCurrentIndex(m_period->findData(int(period)));
}

void HistoryFilterBar::setCustomRange(const QDate &from, const QDate &to)
{
    {
        const QSignalBlocker a(m_from), b(m_to), c(m_period);
        m_from->setDate(from);
        m_to->setDate(to);
        m_period->setCurrentIndex(m_period->findData(int(Period::Custom)));
        m_from->setVisible(true);
        m_to->setVisible(true);
    }
    emit changed();
}

void HistoryFilterBar::setOutcome(std::optional<RunOutcome> outcome)
{
    m_outcome->setCurrentIndex(outcome ? m_outcome->findData(int(*outcome)) : 0);
}

} // namespace pd
