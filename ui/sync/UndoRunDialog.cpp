#include "UndoRunDialog.h"

#include "AttributeChange.h"
#include "SecretStore.h"
#include "SyncRunner.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pd {

namespace {

QTableWidget *table(const QStringList &headers, const QString &accessibleName, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->setAccessibleName(accessibleName);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setWordWrap(true);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

// "Reactivate", "Update", "Deactivate": what the undo does to one user, in the admin's words.
QString undoAction(const PlannedOperation &op)
{
    if (op.kind == PlannedOperation::Kind::Disable)
        return op.body.isEmpty() ? UndoRunDialog::tr("Deactivate")
                                 : UndoRunDialog::tr("Restore and deactivate");
    if (op.kind == PlannedOperation::Kind::Reactivate)
        return op.body.isEmpty() ? UndoRunDialog::tr("Reactivate")
                                 : UndoRunDialog::tr("Restore and reactivate");
    return UndoRunDialog::tr("Restore attributes");
}

} // namespace

UndoRunDialog::UndoRunDialog(const QString &dataDir, SecretStore *secrets, const Connection &connection,
    const RunRecord &run, QWidget *parent)
    : QDialog(parent)
    , m_dataDir(dataDir)
    , m_secrets(secrets)
    , m_connection(connection)
    , m_run(run)
    , m_runner(new SyncRunner(this))
{
    setWindowTitle(tr("Undo Run %1").arg(run.id));
    resize(900, 560);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("<b>Undo run %1 of \"%2\"</b> (%3)<br>Reactivates whom it deactivated, puts back the attribute "
           "values it overwrote and deactivates (never deletes) whom it created. Applying it also "
           "<b>disables the connection</b>, so the next scheduled sync does not redo the change until the "
           "source is fixed.")
            .arg(run.id)
            .arg(run.connectionName.toHtmlEscaped(),
                QLocale().toString(run.startedAt.toLocalTime(), QLocale::ShortFormat)),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Undo status"));
    layout->addWidget(m_status);

    auto *reversedTitle = new QLabel(tr("Will be reversed"), this);
    layout->addWidget(reversedTitle);
    m_reversed = table({tr("Action"), tr("User"), tr("Changes")}, tr("Will be reversed"), this);
    reversedTitle->setBuddy(m_reversed);
    layout->addWidget(m_reversed, 2);
    m_notUndoneTitle = new QLabel(tr("Cannot be undone"), this);
    layout->addWidget(m_notUndoneTitle);
    m_notUndone = table({tr("User"), tr("The run's change"), tr("Why")}, tr("Cannot be undone"), this);
    m_notUndoneTitle->setBuddy(m_notUndone);
    layout->addWidget(m_notUndone, 1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_undo = m_buttons->addButton(tr("&Undo Run"), QDialogButtonBox::AcceptRole);
    m_undo->setEnabled(false);
    layout->addWidget(m_buttons);
    connect(m_undo, &QPushButton::clicked, this, &UndoRunDialog::apply);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_runner, &SyncRunner::finished, this, &UndoRunDialog::finished);
}

UndoRunDialog::~UndoRunDialog() = default; // the runner cancels and joins its thread

void UndoRunDialog::setState(State state, const QString &status)
{
    m_state = state;
    m_status->setText(status);
    m_undo->setEnabled(state == State::Ready);
}

UndoRunDialog *UndoRunDialog::openFor(const QString &dataDir, SecretStore *secrets,
    const std::optional<Connection> &connection, const RunRecord &run, QWidget *parent)
{
    if (!connection) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Undo Run"),
            tr("\"%1\" no longer exists, so its runs cannot be undone.").arg(run.connectionName),
            QMessageBox::Close, parent);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return nullptr;
    }
    auto *dialog = new UndoRunDialog(dataDir, secrets, *connection, run, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->open();
    dialog->start();
    return dialog;
}

void UndoRunDialog::start()
{
    setState(State::ReadingSecret, tr("Reading the client secret…"));
    m_request = SyncRequest {};
    m_request.connectionId = m_connection.id;
    m_request.dataDir = m_dataDir;
    m_request.undoRunId = m_run.id;
    m_request.secretsReadFor = m_connection;
    m_secrets->read(
        SecretKey {m_connection.id, SecretKind::ClientSecret}, this, [this](const SecretResult &r) {
            if (!r.ok()) {
                setState(State::Failed,
                    tr("Cannot read the client secret of \"%1\": %2 Nothing was changed.")
                        .arg(m_run.connectionName, r.message));
                return;
            }
            m_request.clientSecret = r.value;
            launch(true);
        });
}

void UndoRunDialog::apply()
{
    if (m_state != State::Ready)
        return;
    launch(false);
}

void UndoRunDialog::launch(bool dryRun)
{
    m_request.dryRun = dryRun;
    setState(dryRun ? State::Previewing : State::Applying,
        dryRun ? tr("Working out what the undo would change (a dry run: nothing is sent)…")
               : tr("Undoing run %1…").arg(m_run.id));
    if (!m_runner->start(m_request, QStringLiteral("undo")))
        setState(State::Failed, tr("Another run is still in progress here."));
}

void UndoRunDialog::finished(const SyncReport &report)
{
    m_report = report;
    fill(report);
    if (report.dryRun) {
        const bool usable = report.outcome == RunOutcome::Succeeded && !report.plan.isEmpty();
        setState(usable ? State::Ready : State::Failed,
            report.outcome != RunOutcome::Succeeded ? report.message
                : report.plan.isEmpty()
                ? tr("Nothing can be undone: see the list below.")
                : tr("%n change(s) will be reversed.", nullptr, int(report.plan.size())) + QLatin1Char(' ')
                    + tr("%n item(s) cannot be undone.", nullptr, int(report.notUndone.size())));
        emit previewReady(report);
        return;
    }
    m_request.clientSecret.clear(); // done with it
    setState(report.outcome == RunOutcome::Failed ? State::Failed : State::Done, report.message);
    m_undo->hide();
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
    emit undone(report);
}

void UndoRunDialog::fill(const SyncReport &report)
{
    m_reversed->setRowCount(int(report.plan.size()));
    for (int row = 0; row < report.plan.size(); ++row) {
        const PlannedOperation &op = report.plan.at(row);
        m_reversed->setItem(row, 0, new QTableWidgetItem(undoAction(op)));
        m_reversed->setItem(row, 1, new QTableWidgetItem(op.userName));
        auto *changes
            = new QTableWidgetItem(AttributeChange::summary(AttributeChange::listFromJson(op.changes)));
        changes->setToolTip(op.reason);
        m_reversed->setItem(row, 2, changes);
    }
    m_notUndone->setRowCount(int(report.notUndone.size()));
    for (int row = 0; row < report.notUndone.size(); ++row) {
        const UndoItem &item = report.notUndone.at(row);
        m_notUndone->setItem(
            row, 0, new QTableWidgetItem(item.userName.isEmpty() ? item.sourceKey : item.userName));
        // What the run did (or tried), with how it ended when that is why nothing changed.
        const QString did = item.result == HistoryResult::Success
            ? historyOperationDisplayName(item.operation)
            : tr("%1: %2").arg(
                historyOperationDisplayName(item.operation), historyResultDisplayName(item.result));
        m_notUndone->setItem(row, 1, new QTableWidgetItem(did));
        auto *why = new QTableWidgetItem(item.reason);
        why->setToolTip(item.reason);
        m_notUndone->setItem(row, 2, why);
    }
    m_notUndoneTitle->setText(tr("Cannot be undone (%1)").arg(report.notUndone.size()));
    for (QTableWidget *t : {m_reversed, m_notUndone}) {
        t->resizeColumnToContents(0);
        t->resizeColumnToContents(1);
        t->resizeRowsToContents(); // long reasons wrap instead of being cut off
    }
}

} // namespace pd
