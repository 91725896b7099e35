#pragma once

#include <QUuid>
#include <QWidget>

class QCompleter;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStringListModel;
class QTableView;
class QTimer;

namespace pd {

class EventsModel;
class HistoryLoader;

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

private:
    void search();
    void suggest();
    void updateStatus();

    HistoryLoader *m_loader;
    EventsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QStringListModel *m_suggestions;
    QTimer *m_suggestTimer;
    QLabel *m_status;
    QTableView *m_view;
    QUuid m_connectionId;
};

} // namespace pd
