#include "SyncPanel.h"

#include "ApprovedRemoval.h"
#include "DisplayText.h"
#include "MessageBanner.h"
#include "OutboundRule.h"
#include "PreflightConfirm.h"
#include "SecretStore.h"
#include "Style.h"
#include "SyncHeldView.h"
#include "SyncLogView.h"
#include "SyncPlanView.h"
#include "SyncProgressView.h"
#include "SyncRunner.h"
#include "SyncSummaryView.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace pd {

namespace {

constexpr int logTab = 0;
constexpr int planTab = 1;
constexpr int heldTab = 2;

} // namespace

SyncPanel::SyncPanel(
    const QString &dataDir, SecretStore *secrets, const Connection &connection, QWidget *parent)
    : QWidget(parent)
    , m_dataDir(dataDir)
    , m_secrets(secrets)
    , m_connection(connection)
    , m_runner(new SyncRunner(this))
    , m_banner(new MessageBanner(this))
    , m_sync(new QPushButton(tr("&Sync now"), this))
    , m_dryRun(new QPushButton(tr("&Dry run"), this))
    , m_full(new QPushButton(tr("&Full resync"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_note(new QLabel(this))
    , m_progress(new SyncProgressView(this))
    , m_summaryBox(new QGroupBox(tr("Last run"), this))
    , m_summary(new SyncSummaryView(m_summaryBox))
    , m_tabs(new QTabWidget(this))
    , m_log(new SyncLogView(m_tabs))
    , m_plan(new SyncPlanView(m_tabs))
    , m_held(new SyncHeldView(m_tabs))
{
    setObjectName(QStringLiteral("syncPanel"));
    m_sync->setObjectName(QStringLiteral("syncNowButton"));
    m_sync->setAccessibleName(tr("Sync now"));
    m_sync->setToolTip(
        tr("Apply the outbound rule to Zoom: create, update, disable and remove what changed."));
    m_dryRun->setObjectName(QStringLiteral("syncDryRunButton"));
    m_dryRun->setAccessibleName(tr("Dry run"));
    m_dryRun->setToolTip(tr("Plan a sync and show every change, user by user, without sending anything."));
    m_full->setObjectName(QStringLiteral("syncFullResyncButton"));
    m_full->setAccessibleName(tr("Full resync"));
    m_full->setToolTip(
        tr("List every Zoom user again and compare each one, not only what changed in the source."));
    m_cancel->setObjectName(QStringLiteral("syncCancelButton"));
    m_cancel->setAccessibleName(tr("Cancel the sync"));
    m_cancel->setToolTip(tr("Stops sending new requests; requests in flight finish and are recorded."));
    m_note->setObjectName(QStringLiteral("syncNote"));
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    Style::makeMuted(m_note);
    m_summaryBox->setObjectName(QStringLiteral("syncSummaryBox"));
    m_summaryBox->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed); // never squeezed by the log
    m_tabs->setObjectName(QStringLiteral("syncTabs"));
    m_tabs->setAccessibleName(tr("Sync results"));
    m_tabs->addTab(m_log, tr("&Log"));
    m_tabs->addTab(m_plan, tr("&Plan"));
    m_tabs->addTab(m_held, tr("&Held removals"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_sync);
    buttons->addWidget(m_dryRun);
    buttons->addWidget(m_full);
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    auto *summaryLayout = new QVBoxLayout(m_summaryBox);
    summaryLayout->addWidget(m_summary);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(buttons);
    layout->addWidget(m_note);
    layout->addWidget(m_progress);
    layout->addWidget(m_summaryBox);
    layout->addWidget(m_tabs, 1);
    m_summaryBox->hide();

    connect(m_sync, &QPushButton::clicked, this, &SyncPanel::syncNowWithForecast);
    connect(m_dryRun, &QPushButton::clicked, this, &SyncPanel::dryRun);
    connect(m_full, &QPushButton::clicked, this, &SyncPanel::fullResync);
    connect(m_cancel, &QPushButton::clicked, this, &SyncPanel::cancel);
    connect(m_held, &SyncHeldView::approveRequested, this, &SyncPanel::approveRemovals);
    connect(m_runner, &SyncRunner::logLines, m_log, &SyncLogView::append);
    connect(m_runner, &SyncRunner::progress, m_progress, &SyncProgressView::setProgress);
    connect(m_runner, &SyncRunner::finished, this, &SyncPanel::onFinished);
    updateControls();
}

SyncPanel::~SyncPanel()
{
    // The runner cancels and joins its thread; nothing it still emits may reach half-destroyed views.
    disconnect(m_runner, nullptr, this, nullptr);
    disconnect(m_runner, nullptr, m_log, nullptr);
    delete m_runner;
}

QProgressBar *SyncPanel::progressBar() const
{
    return m_progress->progressBar();
}

QLabel *SyncPanel::phaseLabel() const
{
    return m_progress->phaseLabel();
}

void SyncPanel::setConnection(const Connection &connection)
{
    m_connection = connection;
    updateControls();
}

void SyncPanel::setRetryPolicy(std::optional<RetryPolicy> policy, int requestTimeoutMs)
{
    m_retryPolicy = policy;
    m_requestTimeoutMs = requestTimeoutMs;
}

QString SyncPanel::refusal(RunKind kind) const
{
    if (m_connection.id.isNull())
        return tr("There is no connection to sync.");
    if (m_connection.validity != Validity::Valid)
        return tr(
            "\"%1\" has not passed a connection test. Run Test connection and fix what it reports, then "
            "sync.")
            .arg(m_connection.name);
    if (!m_connection.enabled && kind != RunKind::DryRun)
        return tr(
            "\"%1\" is disabled, so nothing is sent to Zoom. Enable it to sync; a dry run shows what a sync "
            "would change.")
            .arg(m_connection.name);
    if (kind != RunKind::Deprovision) {
        OutboundRule rule;
        const QList<FieldProblem> problems = OutboundRule::usableFrom(m_connection, &rule);
        if (!problems.isEmpty())
            return tr("The outbound rule of \"%1\" cannot be used yet: %2 Open Outbound rule to fix it.")
                .arg(m_connection.name, problems.constFirst().message);
    }
    return {};
}

void SyncPanel::refuse(const QString &message)
{
    m_banner->showMessage(MessageBanner::Type::Error, message);
    emit runRefused(message);
}

void SyncPanel::syncNow()
{
    start(RunKind::Sync, {});
}

void SyncPanel::syncNowWithForecast()
{
    // The button: a first sync is forecast (a dry run) and confirmed before anything is sent.
    if (!isBusy() && PreflightConfirm::isFirstSync(m_dataDir, m_connection.id)) {
        m_forecastFirstSync = true;
        dryRun();
        return;
    }
    syncNow();
}

void SyncPanel::dryRun()
{
    SyncRequest r;
    r.dryRun = true;
    start(RunKind::DryRun, r);
}

void SyncPanel::fullResync()
{
    SyncRequest r;
    r.fullResync = true;
    start(RunKind::FullResync, r);
}

void SyncPanel::provisionUsers(const QSet<QString> &sourceKeys)
{
    if (sourceKeys.isEmpty())
        return;
    SyncRequest r;
    r.onlySourceKeys = sourceKeys;
    start(RunKind::Provision, r);
}

void SyncPanel::confirm(const QString &title, const QString &text, const QString &details,
    const QString &acceptText, std::function<void()> accepted)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("syncConfirmBox"));
    box->setInformativeText(details);
    QPushButton *ok = box->addButton(acceptText, QMessageBox::DestructiveRole);
    ok->setObjectName(QStringLiteral("syncConfirmButton"));
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [box, ok, accepted = std::move(accepted)] {
        if (box->clickedButton() == ok)
            accepted();
    });
    box->open();
}

void SyncPanel::deprovisionAll()
{
    if (isBusy()) {
        refuse(tr("A sync of \"%1\" is already running.").arg(m_connection.name));
        return;
    }
    if (const QString why = refusal(RunKind::Deprovision); !why.isEmpty()) {
        refuse(why);
        return;
    }
    const bool destroys = m_connection.actions.removeAction == RemoveAction::Delete;
    confirm(tr("Deprovision Users"),
        tr("Deprovision every user that \"%1\" manages in Zoom?").arg(m_connection.name),
        (destroys ? tr("The Remove Action is Delete: every managed user is deleted from Zoom with their "
                       "meetings, recordings and settings. This cannot be undone.")
                  : tr("The Remove Action is Disable: every managed user is deactivated in Zoom and can be "
                       "reactivated later."))
            + QLatin1Char(' ') + tr("The source is not read and the removal guard does not hold these."),
        destroys ? tr("&Delete all users") : tr("&Disable all users"), [this] {
            SyncRequest r;
            r.deprovisionAll = true;
            start(RunKind::Deprovision, r);
        });
}

void SyncPanel::approveRemovals(const QSet<QString> &sourceKeys)
{
    if (isBusy()) {
        refuse(tr("A sync of \"%1\" is already running.").arg(m_connection.name));
        return;
    }
    // Only what the admin saw is approved: each held operation as listed (user, Zoom account), and
    // for removals the Remove Action the confirmation below names. Anything planned differently by
    // the time the sync runs (the source changed, the key points at another account) is held again.
    const bool destroys = m_connection.actions.removeAction == RemoveAction::Delete;
    QList<ApprovedRemoval> approved;
    int removals = 0;
    int disables = 0;
    const QList<PlannedOperation> held = m_lastReport ? m_lastReport->held : QList<PlannedOperation> {};
    for (const PlannedOperation &op : held) {
        if (!sourceKeys.contains(op.sourceKey))
            continue;
        ApprovedRemoval approval = ApprovedRemoval::of(op);
        if (op.isRemoval())
            approval.kind
                = destroys ? PlannedOperation::Kind::RemoveDelete : PlannedOperation::Kind::RemoveDisable;
        approved.append(approval);
        removals += op.isRemoval() ? 1 : 0;
        disables += op.kind == PlannedOperation::Kind::Disable ? 1 : 0;
    }
    if (approved.isEmpty())
        return;
    QStringList details;
    if (removals > 0)
        details << (destroys
                ? tr("%n user(s) will be deleted from Zoom (Remove Action: Delete). Deleting destroys "
                     "their meetings, recordings and settings; it cannot be undone.",
                    nullptr, removals)
                : tr("%n user(s) will be deactivated in Zoom (Remove Action: Disable); they can be "
                     "reactivated later.",
                    nullptr, removals));
    if (disables > 0)
        details << tr("%n user(s) disabled in the source will be deactivated in Zoom.", nullptr, disables);
    details << tr("The sync runs now; other changes are applied as usual.");
    confirm(tr("Approve Removals"),
        tr("Approve %n held removal(s) and sync now?", nullptr, int(approved.size())),
        details.join(QLatin1Char(' ')),
        destroys && removals > 0 ? tr("&Approve and delete") : tr("&Approve and sync"), [this, approved] {
            SyncRequest r;
            r.approvedRemovals = approved;
            start(RunKind::Approval, r);
        });
}

bool SyncPanel::start(RunKind kind, SyncRequest request)
{
    if (isBusy()) {
        refuse(tr("A sync of \"%1\" is already running.").arg(m_connection.name));
        return false;
    }
    if (const QString why = refusal(kind); !why.isEmpty()) {
        refuse(why);
        return false;
    }
    m_kind = kind;
    m_runConnection = m_connection;
    m_banner->hideMessage();
    m_summaryBox->hide();
    m_log->clear();
    m_plan->clear();
    m_held->clear();
    m_tabs->setTabText(heldTab, tr("&Held removals"));
    m_tabs->setCurrentIndex(logTab);
    request.connectionId = m_connection.id;
    request.dataDir = m_dataDir;
    request.trigger = RunTrigger::Gui;
    request.retryPolicy = m_retryPolicy;
    request.requestTimeoutMs = m_requestTimeoutMs;
    setState(State::ReadingSecrets);
    m_progress->start(tr("Reading secrets"));
    emit runStarted(kind);

    const bool needsPassword
        = kind != RunKind::Deprovision && OutboundRule::needsSourcePassword(m_connection);
    uiLog(SyncLogLine::Level::Info, tr("Reading the client secret from %1…").arg(m_secrets->description()));
    readSecrets(std::move(request), needsPassword);
    return true;
}

void SyncPanel::readSecrets(SyncRequest request, bool needsSourcePassword)
{
    const quint64 generation = ++m_generation;
    const QUuid id = m_connection.id;
    m_secrets->read(SecretKey {id, SecretKind::ClientSecret}, this,
        [this, generation, id, request, needsSourcePassword](const SecretResult &client) mutable {
            if (generation != m_generation)
                return; // cancelled meanwhile
            if (!client.ok()) {
                secretFailed(tr("the client secret"), client.message);
                return;
            }
            request.clientSecret = client.value;
            request.secretsReadFor = m_connection;
            if (!needsSourcePassword) {
                launch(request);
                return;
            }
            uiLog(SyncLogLine::Level::Info, tr("Reading the directory bind password…"));
            m_secrets->read(SecretKey {id, SecretKind::SourcePassword}, this,
                [this, generation, request](const SecretResult &source) mutable {
                    if (generation != m_generation)
                        return;
                    if (!source.ok()) {
                        secretFailed(tr("the directory bind password"), source.message);
                        return;
                    }
                    request.sourcePassword = source.value;
                    launch(request);
                });
        });
}

void SyncPanel::secretFailed(const QString &what, const QString &message)
{
    const QString text = tr("Cannot read %1 of \"%2\": %3 Edit the connection to enter it again. Nothing was "
                            "changed in Zoom.")
                             .arg(what, m_connection.name, message);
    uiLog(SyncLogLine::Level::Error, text);
    setState(State::Idle);
    m_progress->stop(tr("Not started"));
    refuse(text);
}

void SyncPanel::launch(const SyncRequest &request)
{
    if (!m_runner->start(request, QStringLiteral("sync"))) {
        secretFailed(QString(), tr("A sync is already running."));
        return;
    }
    setState(State::Running);
}

void SyncPanel::cancel()
{
    if (m_state == State::ReadingSecrets) {
        ++m_generation; // the keychain's answer is ignored when it comes
        setState(State::Idle);
        m_progress->stop(tr("Cancelled"));
        uiLog(SyncLogLine::Level::Warning,
            tr("Cancelled before the sync started; nothing was changed in Zoom."));
        return;
    }
    if (m_state != State::Running)
        return;
    m_runner->cancel();
    setState(State::Stopping);
    uiLog(SyncLogLine::Level::Warning,
        tr("Stopping: no new request is sent; requests in flight finish first."));
}

void SyncPanel::uiLog(SyncLogLine::Level level, const QString &text)
{
    m_log->append({SyncLogLine {QDateTime::currentDateTime(), level, text}});
}

void SyncPanel::onFinished(const SyncReport &report)
{
    m_lastReport = report;
    setState(State::Idle);
    m_progress->finish(report);
    m_summary->setReport(report, m_progress->elapsedMs());
    m_summaryBox->show();
    if (report.dryRun) {
        m_plan->setReport(report);
        m_tabs->setCurrentIndex(planTab);
    }
    if (!report.held.isEmpty()) {
        m_held->setHeld(report.held, m_runConnection.actions.removeAction, report.dryRun);
        m_tabs->setTabText(heldTab, tr("&Held removals (%1)").arg(report.held.size()));
        if (!report.dryRun)
            m_tabs->setCurrentIndex(heldTab);
    }
    if (report.outcome == RunOutcome::Failed)
        m_banner->showMessage(MessageBanner::Type::Error, report.message);
    if (std::exchange(m_forecastFirstSync, false) && report.preflight && report.outcome != RunOutcome::Failed)
        PreflightConfirm::ask(
            this, m_runConnection.name, *report.preflight, [this] { start(RunKind::Sync, {}); });
    emit runFinished(m_kind, report);
}

void SyncPanel::setState(State state)
{
    const bool wasBusy = isBusy();
    m_state = state;
    updateControls();
    if (wasBusy != isBusy())
        emit busyChanged(isBusy());
}

void SyncPanel::updateControls()
{
    const bool idle = m_state == State::Idle;
    const bool valid = m_connection.validity == Validity::Valid;
    const bool canSync = idle && valid && m_connection.enabled;
    m_sync->setEnabled(canSync);
    m_full->setEnabled(canSync);
    m_dryRun->setEnabled(idle && valid);
    m_cancel->setEnabled(m_state == State::Running || m_state == State::ReadingSecrets);
    m_cancel->setText(m_state == State::Stopping ? tr("Stopping…") : tr("Cancel"));
    m_held->setApprovalEnabled(canSync);
    if (!valid)
        m_note->setText(tr("Only a connection whose last test passed can sync. Run Test connection first."));
    else if (!m_connection.enabled)
        m_note->setText(
            tr("This connection is disabled: enable it to sync. A dry run shows what a sync would "
               "change without sending anything."));
    else
        m_note->clear();
    m_note->setVisible(!m_note->text().isEmpty());
}

} // namespace pd
