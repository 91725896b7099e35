#pragma once

#include <QSet>
#include <QUuid>
#include <QWidget>

class QCompleter;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStringListModel;
class QTableView;
class QTimer;

namespace pd {

class EventsModel;
class HistoryLoader;
struct HistoryEvent;

// "What happened to Jane's Zoom account, and when?": one user's events across all runs and
// connections, newest first, found by userName (any case) or source key, with completion.
class UserTimelinePanel : public QWidget
{
    Q_OBJECT
public:
    UserTimelinePanel(HistoryLoader *loader, QWidget *parent = nullptr);

    void showUser(const QString &userNameOrSourceKey, const QUuid &connectionId = {});
    QString user() const;
    EventsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }
    QPushButton *provisionButton() const { return m_provision; }
    // The event "Provision now" acts on: the selected one, else the newest; nullptr when none has a
    // source key.
    const HistoryEvent *provisionTarget() const;

signals:
    // "Provision now": sync this user (source key) of the connection, and nobody else.
    void provisionRequested(const QUuid &connectionId, const QSet<QString> &sourceKeys);

private:
    void search();
    void suggest();
    void updateStatus();
    void updateProvision();
    void provisionNow();

    HistoryLoader *m_loader;
    EventsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QStringListModel *m_suggestions;
    QTimer *m_suggestTimer;
    QLabel *m_status;
    QTableView *m_view;
    QPushButton *m_provision;
    QUuid m_connectionId;
};

} // namespace pd
