#pragma once

#include "Connection.h"
#include "SyncSummary.h"

#include <QWidget>
#include <optional>

class QLabel;

namespace pd {

class HistoryLoader;

// The details panel's outbound rule summary: where the people come from (the CSV file, or the LDAP
// URL and base DN) and how many were in scope at the last sync (the users the rule targets, from
// the history, read on a loader thread).
class RuleSummaryView : public QWidget
{
    Q_OBJECT
public:
    // dataDir: the folder of the database whose history is read.
    explicit RuleSummaryView(const QString &dataDir, QWidget *parent = nullptr);

    void setConnection(const std::optional<Connection> &connection);
    // Reads the history again (after a sync).
    void refresh();

    QString sourceText() const;
    QString scopeText() const;
    // One line for the source, from the connection's rule JSON; "" without a rule.
    static QString describeSource(const Connection &connection);

signals:
    // The people in scope were read (or there is nothing to read).
    void loaded();

private:
    void showScope(const SyncSummary &summary);

    HistoryLoader *m_loader;
    QLabel *m_source;
    QLabel *m_scope;
    QUuid m_connectionId;
    quint64 m_generation = 0;
};

} // namespace pd
