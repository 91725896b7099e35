#pragma once

#include "PlannedOperation.h"
#include "UserActions.h"

#include <QSet>
#include <QWidget>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace pd {

class SyncPlanModel;

// The removals and disables the removal guard held back, each with a check box, and "Approve
// selected" / "Approve all". It only asks; the panel confirms and re-runs the sync.
class SyncHeldView : public QWidget
{
    Q_OBJECT
public:
    explicit SyncHeldView(QWidget *parent = nullptr);

    // fromDryRun: a dry run only shows what a real sync would hold; nothing can be approved here.
    void setHeld(const QList<PlannedOperation> &held, RemoveAction removeAction, bool fromDryRun);
    void clear();
    int heldCount() const;
    void setApprovalEnabled(bool enabled); // off while a run is in progress

    SyncPlanModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QPushButton *approveSelectedButton() const { return m_approveSelected; }
    QPushButton *approveAllButton() const { return m_approveAll; }

signals:
    // The checked users' source keys, or every held user's for "Approve all". SyncPanel turns them
    // into approvals of the operations shown here, so nothing the admin did not see is approved.
    void approveRequested(const QSet<QString> &sourceKeys);

private:
    void updateButtons();

    QLabel *m_title;
    SyncPlanModel *m_model;
    QSortFilterProxyModel *m_sorted;
    QTableView *m_table;
    QPushButton *m_selectAll;
    QPushButton *m_selectNone;
    QPushButton *m_approveSelected;
    QPushButton *m_approveAll;
    bool m_dryRun = false;
    bool m_approvalEnabled = true;
};

} // namespace pd
