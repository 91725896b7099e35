#include "SyncExecutor.h"

#include "AttributeChange.h"
#include "HistoryRecorder.h"
#include "PayloadDiff.h"
#include "ScimClient.h"
#include "SyncEvents.h"
#include "SyncPlanner.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>

namespace pd {

namespace {
using Kind = PlannedOperation::Kind;
} // namespace

struct SyncExecutor::Job
{
    PlannedOperation op;
    ManagedUser row; // the state to commit when the job ends well
    HistoryEvent event;
};

SyncExecutor::SyncExecutor(ScimClient *client, QSqlDatabase db, const QUuid &connectionId,
    HistoryRecorder *recorder, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_db(db)
    , m_store(db, connectionId)
    , m_recorder(recorder)
{ }

SyncExecutor::~SyncExecutor() = default;

void SyncExecutor::setWindow(int operationsInFlight)
{
    m_window = qMax(1, operationsInFlight);
}

int SyncExecutor::remaining() const
{
    return int(m_operations.size() - m_next) + m_active;
}

void SyncExecutor::start(QList<PlannedOperation> operations)
{
    m_operations = std::move(operations);
    m_next = 0;
    pump();
}

void SyncExecutor::cancel()
{
    m_cancelled = true;
    pump();
}

void SyncExecutor::pump()
{
    while (!m_cancelled && m_storageError.isEmpty() && !m_runStop && m_active < m_window
        && m_next < m_operations.size()) {
        auto job = std::make_shared<Job>();
        job->op = std::move(m_operations[m_next]);
        m_operations[m_next] = PlannedOperation(); // free the body as we go
        ++m_next;
        if (!job->op.isWrite() || job->op.held)
            continue;
        SyncPlanner::completeCreate(&job->op);
        ++m_active;
        begin(job);
    }
    if (m_active == 0 && !m_finished
        && (m_cancelled || !m_storageError.isEmpty() || m_runStop || m_next >= m_operations.size())) {
        m_finished = true;
        QMetaObject::invokeMethod(this, &SyncExecutor::finished, Qt::QueuedConnection);
    }
}

void SyncExecutor::begin(const JobPtr &job)
{
    const PlannedOperation &op = job->op;
    job->row.sourceKey = op.sourceKey;
    // The row keeps the userName the Zoom account holds: identity is the Zoom id, and a later full
    // sync must find the account under the name Zoom lists.
    job->row.userName = op.zoomUserName.isEmpty() ? op.userName : op.zoomUserName;
    job->row.zoomId = op.zoomId;
    job->row.payloadHash = op.payloadHash;
    job->row.payload = op.payload;
    job->row.status = ManagedUser::Status::Active;
    job->event = SyncEvents::eventFor(op);

    switch (op.kind) {
    case Kind::Create:
        if (op.resolveFirst) {
            resolveThen(job, [this, job](const QJsonObject &found) {
                if (found.isEmpty())
                    post(job);
                else
                    adoptExisting(
                        job, found, tr("An earlier, interrupted create had reached Zoom; linked it."));
            });
        } else {
            post(job);
        }
        return;
    case Kind::Adopt:
        // Link first, with no payload hash: if the PUT below fails, the next run updates again.
        job->row.payloadHash = op.body.isEmpty() ? op.payloadHash : QString();
        adoptExisting(
            job, QJsonObject {{QStringLiteral("id"), op.zoomId}}, tr("Linked the existing Zoom account."));
        return;
    case Kind::Update:
        put(job, [this, job] { succeed(job, 200); });
        return;
    case Kind::Disable:
        job->row.status = ManagedUser::Status::Disabled;
        if (!op.body.isEmpty()) { // an undo puts attributes back before it deactivates (UndoPlanner)
            put(job, [this, job] { patchActive(job, false, [this, job] { succeed(job, 200); }); });
            return;
        }
        patchActive(job, false, [this, job] { succeed(job, 200); });
        return;
    case Kind::Reactivate:
        patchActive(job, true, [this, job] {
            if (job->op.body.isEmpty())
                succeed(job, 200);
            else
                put(job, [this, job] { succeed(job, 200); });
        });
        return;
    case Kind::RemoveDisable:
    case Kind::RemoveDelete:
        if (op.resolveFirst) {
            resolveThen(job, [this, job](const QJsonObject &found) {
                if (found.isEmpty()) {
                    // The interrupted create never reached Zoom: nothing to remove.
                    job->event.detail = tr("Never created in Zoom; nothing to remove.");
                    job->event.result = HistoryResult::Success;
                    ++m_succeeded;
                    commit(job, true);
                    return;
                }
                job->row.zoomId = found.value(QStringLiteral("id")).toString();
                remove(job);
            });
        } else {
            remove(job);
        }
        return;
    case Kind::Skip:
        break;
    }
    done(job);
}

void SyncExecutor::resolveThen(const JobPtr &job, std::function<void(const QJsonObject &found)> next)
{
    m_client->findUserByUserName(job->op.userName, this, [this, job, next](const ScimResult &r) {
        if (!r.ok()) {
            fail(job, r);
            return;
        }
        next(r.resource);
    });
}

void SyncExecutor::post(const JobPtr &job)
{
    // The pending row is committed before the POST leaves: a kill after Zoom created the user is
    // then resolved by a lookup, never by a second POST.
    ManagedUser pending = job->row;
    pending.status = ManagedUser::Status::PendingCreate;
    pending.zoomId.clear();
    if (!m_store.save(pending)) {
        m_storageError = m_store.errorString();
        done(job);
        return;
    }
    m_client->createUser(job->op.body, this, [this, job](const ScimResult &r) {
        if (r.ok()) {
            job->row.zoomId = r.resource.value(QStringLiteral("id")).toString();
            succeed(job, r.httpStatus);
            return;
        }
        if (r.error.isConflict()) {
            // Zoom has the username: ours to link if it is in this account, else someone else's.
            m_client->findUserByUserName(
                job->op.userName, this, [this, job, conflict = r](const ScimResult &found) {
                    if (found.found()) {
                        adoptExisting(job, found.resource,
                            tr("Already in this Zoom account; linked instead of creating."));
                        return;
                    }
                    fail(job, conflict,
                        tr("%1 already holds a Zoom account outside this account (Zoom: \"%2\"). Zoom cannot "
                           "adopt it "
                           "through provisioning: ask the user to change the email of that account, or "
                           "remove it "
                           "from the rule.")
                            .arg(job->op.userName, conflict.error.message));
                });
            return;
        }
        fail(job, r);
    });
}

void SyncExecutor::adoptExisting(const JobPtr &job, const QJsonObject &resource, const QString &why)
{
    job->event.operation = HistoryOperation::Adopt;
    job->row.zoomId = resource.value(QStringLiteral("id")).toString();
    if (const QString held = resource.value(QStringLiteral("userName")).toString(); !held.isEmpty())
        job->row.userName = held;
    job->event.detail = why;
    // Bring the linked account in line, as the user actions allow: a PUT of what differs, then its
    // active flag. (An Adopt was planned from the listing with both already worked out.)
    QJsonObject body = job->op.body;
    if (job->op.kind == Kind::Create) {
        body.remove(QStringLiteral("userName"));
        body.remove(QStringLiteral("active"));
        QJsonArray changes;
        if (job->op.reconcileOnAdopt)
            changes = PayloadDiff::changesMade(resource, body);
        else
            job->row.payloadHash.clear(); // not updated: the next run reports it as changed
        if (changes.isEmpty())
            body = {};
        const bool zoomActive = resource.value(QStringLiteral("active")).toBool(true);
        if (job->op.setActive && *job->op.setActive == zoomActive)
            job->op.setActive.reset();
        else if (job->op.setActive)
            changes.append(QJsonObject {{QStringLiteral("attribute"), QStringLiteral("active")},
                {QStringLiteral("old"), zoomActive}, {QStringLiteral("new"), *job->op.setActive}});
        else if (!zoomActive)
            job->row.status = ManagedUser::Status::Disabled; // linked as Zoom holds it
        job->event.changes = AttributeChange::listFromJson(changes);
    }
    auto activate = [this, job] {
        if (!job->op.setActive.has_value()) {
            succeed(job, 200, job->event.detail);
            return;
        }
        const bool active = job->op.setActive.value_or(true);
        job->row.status = active ? ManagedUser::Status::Active : ManagedUser::Status::Disabled;
        patchActive(job, active, [this, job] { succeed(job, 200, job->event.detail); });
    };
    if (body.isEmpty()) {
        activate();
        return;
    }
    job->op.body = body;
    put(job, activate);
}

void SyncExecutor::put(const JobPtr &job, std::function<void()> next)
{
    m_client->replaceUser(job->row.zoomId, job->op.body, this, [this, job, next](const ScimResult &r) {
        if (r.ok()) {
            job->row.payloadHash = job->op.payloadHash;
            // Read back the username Zoom holds after the update (an email change may or may not
            // have renamed the account): the row must name the account as Zoom lists it.
            if (const QString held = r.resource.value(QStringLiteral("userName")).toString(); !held.isEmpty())
                job->row.userName = held;
            next();
            return;
        }
        if (r.error.isNotFound()) {
            goneFromZoom(job, r.httpStatus);
            return;
        }
        fail(job, r);
    });
}

void SyncExecutor::patchActive(const JobPtr &job, bool active, std::function<void()> next)
{
    m_client->setActive(job->row.zoomId, active, this, [this, job, active, next](const ScimResult &r) {
        if (r.ok()) {
            next();
            return;
        }
        if (r.error.isNotFound()) {
            goneFromZoom(job, r.httpStatus);
            return;
        }
        if (!active && r.httpStatus == 400
            && r.error.message.contains(QLatin1String("Admin"), Qt::CaseInsensitive)) {
            fail(job, r,
                tr("Zoom does not deactivate users with the Admin role. Make %1 a Member in Zoom first, or "
                   "take "
                   "them out of the rule's scope.")
                    .arg(job->op.userName));
            return;
        }
        fail(job, r);
    });
}

void SyncExecutor::remove(const JobPtr &job)
{
    if (job->op.kind == Kind::RemoveDisable) {
        job->row.status = ManagedUser::Status::Disabled;
        patchActive(job, false, [this, job] { succeed(job, 200); });
        return;
    }
    m_client->removeUser(job->row.zoomId, this, [this, job](const ScimResult &r) {
        if (r.ok() || r.error.isNotFound()) {
            job->row.status = ManagedUser::Status::Removed;
            job->row.zoomId.clear();
            job->row.payloadHash.clear();
            succeed(job, r.ok() ? r.httpStatus : 404, r.ok() ? QString() : tr("Already deleted in Zoom."));
            return;
        }
        fail(job, r);
    });
}

void SyncExecutor::goneFromZoom(const JobPtr &job, int httpStatus)
{
    // Deleted in Zoom by someone else. Taking access away has then already happened; anything else
    // is provisioned afresh by the next run.
    job->row.status = ManagedUser::Status::Removed;
    job->row.zoomId.clear();
    job->row.payloadHash.clear();
    job->event.httpStatus = httpStatus;
    if (job->op.takesAccess()) {
        job->event.result = HistoryResult::Success;
        job->event.detail = tr("No longer in Zoom (deleted there).");
        ++m_succeeded;
    } else {
        job->event.result = HistoryResult::Failed;
        job->event.detail = tr("No longer in Zoom (deleted there); the next sync provisions the user again.");
        ++m_failed;
    }
    commit(job);
}

void SyncExecutor::succeed(const JobPtr &job, int httpStatus, const QString &detail)
{
    job->event.result = HistoryResult::Success;
    job->event.httpStatus = httpStatus;
    QString text = !detail.isEmpty() ? detail : job->op.reason;
    if (job->row.status != ManagedUser::Status::Removed)
        text = SyncEvents::withNote(text, SyncEvents::usernameDrift(job->op.userName, job->row.userName));
    job->event.detail = text;
    ++m_succeeded;
    commit(job);
}

void SyncExecutor::fail(const JobPtr &job, const ScimResult &result, const QString &detail)
{
    if (result.error.stopsRun() && !m_runStop)
        m_runStop = result.error;
    job->event.result = HistoryResult::Failed;
    job->event.httpStatus = result.httpStatus;
    job->event.detail = detail.isEmpty() ? SyncEvents::describeFailure(result.error) : detail;
    ++m_failed;
    if (job->op.kind == Kind::Create && job->event.operation == HistoryOperation::Create) {
        // Keep the pending row only when the create may have reached Zoom; the next run resolves it.
        commit(job, !result.error.mayHaveBeenApplied() || result.error.isConflict());
        return;
    }
    if (job->event.operation == HistoryOperation::Adopt && !job->row.zoomId.isEmpty()) {
        // Linked, but bringing it in line failed: keep the link, with no hash so it is updated next time.
        job->row.payloadHash.clear();
        commit(job);
        return;
    }
    // Nothing changed for this user: record the event only.
    m_recorder->recordEvent(job->event);
    if (!m_recorder->flush())
        m_storageError = m_recorder->errorString();
    emit operationFinished(job->event);
    done(job);
}

void SyncExecutor::commit(const JobPtr &job, bool forget)
{
    const bool ok = m_db.transaction();
    m_recorder->recordEvent(job->event);
    bool written = ok && m_recorder->flush();
    written = written && (forget ? m_store.forget(job->row.sourceKey) : m_store.save(job->row));
    if (written && m_db.commit()) {
        emit operationFinished(job->event);
    } else {
        m_db.rollback();
        m_storageError
            = tr("Cannot record progress in the database (%1). The run stops so that nothing is done "
                 "without a record.")
                  .arg(!m_store.errorString().isEmpty() ? m_store.errorString() : m_db.lastError().text());
    }
    done(job);
}

void SyncExecutor::done(const JobPtr &)
{
    --m_active;
    pump();
}

} // namespace pd
