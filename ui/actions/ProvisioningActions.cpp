#include "ProvisioningActions.h"

#include "ConnectionDetailsPanel.h"
#include "ConnectionHealthBanner.h"
#include "ConnectionService.h"
#include "ConnectionStore.h"
#include "ConnectionSyncSummaryWidget.h"
#include "Database.h"
#include "HistoryWindow.h"
#include "ImpactDialog.h"
#include "ManagedUserStore.h"
#include "MessageBanner.h"
#include "ProvisioningWindow.h"
#include "RuleDeletion.h"
#include "RuleEditor.h"
#include "RulePreviewPanel.h"
#include "ScheduleDialog.h"
#include "SyncPanel.h"
#include "SyncWindow.h"
#include "UndoRunDialog.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace pd {

ProvisioningActions::ProvisioningActions(ProvisioningWindow *window)
    : QObject(window)
    , m_window(window)
{
    using Needs = ConnectionDetailsPanel::Needs;
    ConnectionDetailsPanel *panel = window->detailsPanel();
    panel->addActionButton(tr("Outbound &Rule…"), tr("Edit the outbound rule"), Needs::AnyConnection,
        [this](const Connection &c) { openRuleEditor(c); });
    panel->addActionButton(tr("S&ync…"), tr("Sync now, dry run or full resync"), Needs::ValidConnection,
        [this](const Connection &c) { openSync(c); });
    panel->addActionButton(tr("&History…"), tr("Provisioning history of this connection"),
        Needs::AnyConnection, [this](const Connection &c) { openHistory(c.id); });
    panel->addActionButton(tr("S&chedule…"), tr("Sync on this computer's own scheduler"),
        Needs::ValidConnection, [this](const Connection &c) {
            auto *dialog = new ScheduleDialog(c.name, ScheduleDialog::findCli(), dataDir(), m_window);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
        });
    // What `provisiondesk-cli status` says, as a banner on the selected connection.
    auto *health = new ConnectionHealthBanner(dataDir(), window->service()->secrets(), panel);
    panel->addBanner(health);
    const auto showHealth = [window, health] { health->setConnection(window->currentConnection()); };
    connect(window, &ProvisioningWindow::currentConnectionChanged, health, showHealth);
    connect(window, &ProvisioningWindow::connectionsChanged, health, showHealth);
    showHealth();

    auto *summary = new ConnectionSyncSummaryWidget(dataDir(), panel);
    summary->setAccessibleName(tr("Sync summary"));
    panel->addSection(summary);
    connect(window, &ProvisioningWindow::currentConnectionChanged, summary,
        [summary](const QUuid &id) { summary->setConnection(id); });
    connect(summary, &ConnectionSyncSummaryWidget::historyRequested, this, &ProvisioningActions::openHistory);
    if (const auto current = window->currentConnection())
        summary->setConnection(current->id);
}

QString ProvisioningActions::dataDir() const
{
    return QFileInfo(m_window->database()->filePath()).absolutePath();
}

void ProvisioningActions::openRuleEditor(const Connection &connection)
{
    auto *dialog = new QDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Outbound Rule — %1").arg(connection.name));
    dialog->resize(1000, 720);
    auto *editor = new RuleEditor(dialog);
    editor->setSecretStore(m_window->service()->secrets());
    editor->load(connection);
    if (OutboundRule saved;
        !connection.rule.isEmpty() && OutboundRule::fromConnection(connection, &saved).isEmpty())
        editor->previewPanel()->setSavedRule(saved);
    connect(editor->previewPanel(), &RulePreviewPanel::provisionRequested, this,
        [this, id = connection.id](const QString &key) { provisionNow(id, {key}); });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, dialog);
    QPushButton *remove = buttons->addButton(tr("&Delete Rule…"), QDialogButtonBox::DestructiveRole);
    remove->setEnabled(!connection.rule.isEmpty());
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(editor);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [this, dialog, editor, connection] {
        QJsonObject rule;
        if (!editor->save(&rule))
            return; // the editor shows what is wrong
        // Impact before saving: what the new rule changes for managed people, asked before it is saved.
        const auto saved = ConnectionStore(m_window->database()->handle()).find(connection.id);
        Connection edited = saved.value_or(connection);
        edited.rule = rule;
        const QString password = editor->sourcePassword();
        const bool modified = editor->isSourcePasswordModified();
        ImpactDialog::confirmThenSave(
            saved.value_or(connection), edited, dataDir(), m_window->service()->secrets(), dialog,
            [this, dialog, connection, rule, password, modified] {
                saveRule(connection, rule, password, modified);
                dialog->accept();
            },
            modified ? password : QString());
    });
    connect(remove, &QPushButton::clicked, dialog, [this, dialog, connection] {
        dialog->reject();
        deleteRule(connection);
    });
    dialog->open();
}

void ProvisioningActions::saveRule(const Connection &connection, const QJsonObject &rule,
    const QString &sourcePassword, bool passwordModified)
{
    auto fresh = ConnectionStore(m_window->database()->handle()).find(connection.id);
    if (!fresh)
        return;
    fresh->rule = rule;
    const Connection updated = *fresh;
    m_window->service()->save(updated, QString(),
        [this, updated, sourcePassword, passwordModified](const ConnectionService::Outcome &o) {
            if (!o.ok) {
                QMessageBox::warning(m_window, tr("Outbound Rule"), o.message);
                return;
            }
            // A changed LDAP URL or bind DN without a new password took the old one out: say so.
            const QString removed = passwordModified ? QString() : o.message;
            auto refresh = [this, updated, removed] {
                m_window->reloadConnections();
                if (auto w = m_syncWindows.value(updated.id))
                    w->setConnection(updated);
                if (!removed.isEmpty())
                    m_window->detailsPanel()->banner()->showMessage(MessageBanner::Type::Warning, removed);
            };
            if (!passwordModified) {
                refresh();
                return;
            }
            m_window->service()->secrets()->write({updated.id, SecretKind::SourcePassword}, sourcePassword,
                this, [this, refresh](const SecretResult &r) {
                    if (!r.ok())
                        QMessageBox::warning(m_window, tr("Outbound Rule"),
                            tr("The rule was saved, but the LDAP password was not: %1").arg(r.message));
                    refresh();
                });
        });
}

void ProvisioningActions::deleteRule(const Connection &connection)
{
    const int managed = ManagedUserStore(m_window->database()->handle(), connection.id).countManaged();
    const RuleDeletionPlan plan = RuleDeletion::plan(connection.actions, managed);
    auto *box = new QMessageBox(plan.destructive ? QMessageBox::Warning : QMessageBox::Question,
        tr("Delete Outbound Rule"), plan.question, QMessageBox::Yes | QMessageBox::Cancel, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this, [this, connection, plan](int answer) {
        if (answer != QMessageBox::Yes)
            return;
        auto clear = [this, connection] { saveRule(connection, {}, {}, false); };
        if (!plan.removeUsers) {
            clear();
            return;
        }
        // Remove the managed users first (the sync panel asks once more), then the rule.
        openSync(connection);
        SyncWindow *w = m_syncWindows.value(connection.id);
        if (!w)
            return;
        connect(
            w->panel(), &SyncPanel::runFinished, this,
            [clear](SyncPanel::RunKind kind, const SyncReport &report) {
                if (kind == SyncPanel::RunKind::Deprovision && report.outcome == RunOutcome::Succeeded)
                    clear();
            },
            Qt::SingleShotConnection);
        w->panel()->deprovisionAll();
    });
    box->open();
}

void ProvisioningActions::openSync(const Connection &connection)
{
    // A plain pointer read once: -O2 -Wnull-dereference cannot see through QPointer re-reads.
    QPointer<SyncWindow> &slot = m_syncWindows[connection.id];
    SyncWindow *w = slot.data();
    if (!w) {
        w = new SyncWindow(dataDir(), m_window->service()->secrets(), connection);
        slot = w;
        w->setAttribute(Qt::WA_DeleteOnClose);
        connect(w->panel(), &SyncPanel::runFinished, this, [this] { m_window->reloadConnections(); });
    } else {
        w->setConnection(connection);
    }
    w->show();
    w->raise();
    w->activateWindow();
}

void ProvisioningActions::provisionNow(const QUuid &connectionId, const QSet<QString> &sourceKeys)
{
    const auto connection = ConnectionStore(m_window->database()->handle()).find(connectionId);
    if (!connection) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Provision Now"),
            tr("That connection no longer exists, so there is nothing to sync."), QMessageBox::Close,
            m_window);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    openSync(*connection);
    if (SyncWindow *w = m_syncWindows.value(connectionId))
        w->panel()->provisionUsers(sourceKeys); // refuses in the window when busy or not usable
}

void ProvisioningActions::openHistory(const QUuid &connectionId)
{
    if (!m_history) {
        m_history = new HistoryWindow(dataDir());
        m_history->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_history, &HistoryWindow::provisionRequested, this, &ProvisioningActions::provisionNow);
        connect(m_history, &HistoryWindow::undoRequested, this, [this](const RunRecord &run) {
            const auto connection = ConnectionStore(m_window->database()->handle()).find(run.connectionId);
            auto *dialog
                = UndoRunDialog::openFor(dataDir(), m_window->service()->secrets(), connection, run, m_history);
            if (dialog) // an applied undo disabled the connection and added a run
                connect(dialog, &UndoRunDialog::undone, this, [this] {
                    m_window->reloadConnections();
                    if (m_history)
                        m_history->refresh();
                });
        });
    }
    m_history->setConnectionFilter(connectionId);
    m_history->refresh();
    m_history->show();
    m_history->raise();
    m_history->activateWindow();
}

} // namespace pd
