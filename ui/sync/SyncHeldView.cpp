#include "SyncHeldView.h"

#include "SyncPlanModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace pd {

SyncHeldView::SyncHeldView(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_model(new SyncPlanModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_selectAll(new QPushButton(tr("Select a&ll"), this))
    , m_selectNone(new QPushButton(tr("Select &none"), this))
    , m_approveSelected(new QPushButton(this))
    , m_approveAll(new QPushButton(this))
{
    setObjectName(QStringLiteral("syncHeldView"));
    m_title->setObjectName(QStringLiteral("syncHeldTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    m_model->setCheckable(true);
    m_model->setMarkHeld(false);
    m_table->setObjectName(QStringLiteral("syncHeldTable"));
    m_table->setAccessibleName(tr("Held removals"));
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(SyncPlanModel::UserColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(SyncPlanModel::OperationColumn, 190);
    m_table->setColumnWidth(SyncPlanModel::UserColumn, 230);
    m_table->setColumnWidth(SyncPlanModel::SourceKeyColumn, 110);
    m_table->hideColumn(SyncPlanModel::ChangesColumn); // removals change no attribute
    m_selectAll->setObjectName(QStringLiteral("syncHeldSelectAll"));
    m_selectAll->setAccessibleName(tr("Select every held user"));
    m_selectNone->setObjectName(QStringLiteral("syncHeldSelectNone"));
    m_selectNone->setAccessibleName(tr("Clear the selection of held users"));
    m_approveSelected->setObjectName(QStringLiteral("syncApproveSelected"));
    m_approveSelected->setAccessibleName(tr("Approve the selected removals"));
    m_approveAll->setObjectName(QStringLiteral("syncApproveAll"));
    m_approveAll->setAccessibleName(tr("Approve all held removals"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_selectAll);
    buttons->addWidget(m_selectNone);
    buttons->addStretch(1);
    buttons->addWidget(m_approveSelected);
    buttons->addWidget(m_approveAll);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6); // inside a tab page
    layout->addWidget(m_title);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_model, &SyncPlanModel::checkedChanged, this, [this] { updateButtons(); });
    connect(m_selectAll, &QPushButton::clicked, this, [this] { m_model->setAllChecked(true); });
    connect(m_selectNone, &QPushButton::clicked, this, [this] { m_model->setAllChecked(false); });
    connect(m_approveSelected, &QPushButton::clicked, this,
        [this] { emit approveRequested(m_model->checkedSourceKeys()); });
    connect(m_approveAll, &QPushButton::clicked, this, [this] {
        QSet<QString> all;
        for (const PlannedOperation &op : m_model->operations())
            all.insert(op.sourceKey);
        emit approveRequested(all);
    });
    clear();
}

void SyncHeldView::clear()
{
    m_dryRun = false;
    m_model->setOperations({});
    m_title->setText(
        tr("Nothing is held. When a sync would remove or disable more users than the removal guard "
           "allows, it holds them here for your approval and applies everything else."));
    updateButtons();
}

int SyncHeldView::heldCount() const
{
    return m_model->rowCount();
}

void SyncHeldView::setHeld(const QList<PlannedOperation> &held, RemoveAction removeAction, bool fromDryRun)
{
    m_dryRun = fromDryRun;
    m_model->setCheckable(!fromDryRun);
    m_model->setOperations(held);
    const QString action = removeAction == RemoveAction::Delete
        ? tr("The Remove Action is Delete: approved users are deleted from Zoom with their meetings and "
             "recordings.")
        : tr("The Remove Action is Disable: approved users are deactivated in Zoom and can be reactivated "
             "later.");
    if (fromDryRun)
        m_title->setText(
            tr("A sync would hold removals or disables for approval: %1. %2 Run Sync now to review and "
               "approve them.")
                .arg(held.size())
                .arg(action));
    else
        m_title->setText(
            tr("Held by the removal guard: %1 removals or disables. Every other change was applied. Check "
               "the users to release and approve them. %2")
                .arg(held.size())
                .arg(action));
    updateButtons();
}

void SyncHeldView::setApprovalEnabled(bool enabled)
{
    m_approvalEnabled = enabled;
    updateButtons();
}

void SyncHeldView::updateButtons()
{
    const int count = m_model->rowCount();
    const int checked = m_model->checkedCount();
    const bool can = m_approvalEnabled && !m_dryRun && count > 0;
    m_approveSelected->setText(tr("Approve &selected (%1)…").arg(checked));
    m_approveAll->setText(tr("&Approve all (%1)…").arg(count));
    m_approveSelected->setEnabled(can && checked > 0);
    m_approveAll->setEnabled(can);
    m_selectAll->setEnabled(!m_dryRun && count > 0);
    m_selectNone->setEnabled(!m_dryRun && checked > 0);
    m_approveSelected->setVisible(!m_dryRun);
    m_approveAll->setVisible(!m_dryRun);
    m_selectAll->setVisible(!m_dryRun);
    m_selectNone->setVisible(!m_dryRun);
}

} // namespace pd
