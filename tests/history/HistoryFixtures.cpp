#include "HistoryFixtures.h"

#include "HistoryRecorder.h"

#include <QRandomGenerator>
#include <QStringList>

namespace pd::test {

HistoryEvent event(const QString &sourceKey, const QString &userName, HistoryOperation op,
    HistoryResult result, int httpStatus, const QString &detail, const QList<AttributeChange> &changes,
    const QDateTime &at)
{
    HistoryEvent e;
    e.sourceKey = sourceKey;
    e.userName = userName;
    e.operation = op;
    e.result = result;
    e.httpStatus = httpStatus;
    e.detail = detail;
    e.changes = changes;
    e.at = at;
    return e;
}

RunRecord run(const QUuid &connectionId, const QString &connectionName, RunTrigger trigger, bool dryRun,
    bool fullResync, const QDateTime &startedAt)
{
    RunRecord r;
    r.connectionId = connectionId;
    r.connectionName = connectionName;
    r.trigger = trigger;
    r.dryRun = dryRun;
    r.fullResync = fullResync;
    r.startedAt = startedAt;
    return r;
}

namespace {

const QStringList firstNames {QStringLiteral("jane"), QStringLiteral("omar"), QStringLiteral("li"),
    QStringLiteral("maria"), QStringLiteral("kwame"), QStringLiteral("sofia"), QStringLiteral("lukas"),
    QStringLiteral("aiko"), QStringLiteral("priya"), QStringLiteral("noah"), QStringLiteral("elodie"),
    QStringLiteral("mateo"), QStringLiteral("fatima"), QStringLiteral("jonas"), QStringLiteral("chen"),
    QStringLiteral("amara"), QStringLiteral("tom"), QStringLiteral("ingrid"), QStringLiteral("ravi"),
    QStringLiteral("zoe")};
const QStringList lastNames {QStringLiteral("doe"), QStringLiteral("haddad"), QStringLiteral("wei"),
    QStringLiteral("garcia"), QStringLiteral("mensah"), QStringLiteral("rossi"), QStringLiteral("becker"),
    QStringLiteral("tanaka"), QStringLiteral("sharma"), QStringLiteral("smith"), QStringLiteral("martin"),
    QStringLiteral("lopez"), QStringLiteral("khan"), QStringLiteral("berg"), QStringLiteral("zhang")};
const QStringList titles {QStringLiteral("Engineer"), QStringLiteral("Senior Engineer"),
    QStringLiteral("Designer"), QStringLiteral("Account Executive"), QStringLiteral("Support Lead"),
    QStringLiteral("Product Manager"), QStringLiteral("Recruiter"), QStringLiteral("Analyst")};
const QStringList departments {QStringLiteral("Engineering"), QStringLiteral("Sales"),
    QStringLiteral("Support"), QStringLiteral("Marketing"), QStringLiteral("People"),
    QStringLiteral("Finance")};

struct User
{
    int index = 0;
    int hireDay = 0; // first day in the source
    int leaveDay = -1; // day the user leaves the source; -1: stays
    bool provisioned = false;
    bool active = true;
    bool unprovisionable = false; // no email in the source, or the email belongs to another account
    QString title;
    QString department;
    QList<AttributeChange> retry; // a failed update the next sync sends again
};

class Generator
{
public:
    Generator(HistoryRecorder &rec, const QUuid &id, const QString &name, int first, int users, int days,
        quint32 seed, bool deletes)
        : m_rec(rec)
        , m_id(id)
        , m_name(name)
        , m_random(seed)
        , m_deletes(deletes)
    {
        for (int i = first; i < first + users; ++i) {
            User u;
            u.index = i;
            u.hireDay = chance(0.85) ? 0 : int(m_random.bounded(quint32(days)));
            if (chance(0.05))
                u.leaveDay = u.hireDay + 3 + int(m_random.bounded(quint32(days)));
            u.unprovisionable = i % 53 == 11 || i % 41 == 7;
            u.title = pick(titles);
            u.department = pick(departments);
            m_users.append(u);
        }
    }

    QString pick(const QStringList &list) { return list.at(int(m_random.bounded(quint32(list.size())))); }
    bool chance(double p) { return m_random.generateDouble() < p; }

    // kind: 0 normal, 1 the token request fails, 2 the removal guard holds, 3 cancelled part-way.
    void runAt(const QDateTime &start, int day, bool full, bool dry, RunTrigger trigger, int kind)
    {
        m_rec.startRun(run(m_id, m_name, trigger, dry, full, start));
        m_at = start.addSecs(2);
        m_failed = false;
        m_held = 0;
        if (kind == 1) {
            m_rec.countRequest(QStringLiteral("POST"));
            m_rec.recordEvent(event({}, {}, HistoryOperation::Error, HistoryResult::Failed, 400,
                QStringLiteral(
                    "Zoom refused the OAuth token request (invalid_client): check the client ID and "
                    "secret of the Server-to-Server OAuth app."),
                {}, next()));
            m_rec.finishRun(
                RunOutcome::Failed, QStringLiteral("The token request failed; nothing was changed."), next());
            return;
        }
        if (full)
            m_rec.countRequest(QStringLiteral("GET"), int(m_users.size()) / 100 + 1);
        const qsizetype limit = kind == 3 ? m_users.size() / 3 : m_users.size();
        for (qsizetype i = 0; i < limit; ++i)
            step(m_users[i], day, full, dry, kind == 2);
        RunOutcome outcome = m_failed && !dry ? RunOutcome::Partial : RunOutcome::Succeeded;
        QString message;
        if (m_held > 0) {
            outcome = RunOutcome::Held;
            message = QStringLiteral("The removal guard held %1 removals (more than 5 % of managed users). "
                                     "Approve them, or fix the source.")
                          .arg(m_held);
        }
        if (kind == 3) {
            outcome = RunOutcome::Cancelled;
            message = QStringLiteral("Cancelled by the admin after %1 of %2 users.")
                          .arg(limit)
                          .arg(m_users.size());
        }
        m_rec.finishRun(outcome, message, next());
    }

private:
// GCC 12 at -O2 reports a braced QJsonValue temporary below as "may be used uninitialized"
// (a false positive of its inliner); Release builds use -Werror.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif
    void step(User &u, int day, bool full, bool dry, bool guardHolds)
    {
        const QString key = DemoHistory::sourceKey(u.index), user = DemoHistory::userName(u.index);
        const bool inSource = u.hireDay <= day && (u.leaveDay < 0 || day < u.leaveDay);
        if (!u.provisioned) {
            if (!inSource || (!full && u.hireDay != day && !chance(0.02)))
                return;
            if (u.unprovisionable) {
                if (u.index % 53 == 11)
                    add(key, user, HistoryOperation::Create, HistoryResult::Failed, 409,
                        QStringLiteral(
                            "Zoom: User already exists in another account (409). Ask that account's "
                            "owner to release the email, or change it in the source."),
                        {}, dry, QStringLiteral("POST"));
                else
                    add(key, user, HistoryOperation::Skip, HistoryResult::Skipped, 0,
                        QStringLiteral("Not provisioned: the source entry has no email address."), {}, dry);
                return;
            }
            const bool adopt = full && day == 0 && u.index % 17 == 3;
            add(key, user, adopt ? HistoryOperation::Adopt : HistoryOperation::Create, HistoryResult::Success,
                adopt ? 200 : 201,
                adopt ? QStringLiteral("Linked the existing Zoom account with this username.") : QString(),
                {{QStringLiteral("title"), QJsonValue(), u.title},
                    {QStringLiteral("department"), QJsonValue(), u.department}},
                dry, adopt ? QStringLiteral("PUT") : QStringLiteral("POST"));
            u.provisioned = u.provisioned || !dry;
            return;
        }
        if (!inSource || (guardHolds && chance(0.3))) {
            if (!u.active && !guardHolds)
                return;
            const HistoryOperation op
                = m_deletes ? HistoryOperation::RemoveDelete : HistoryOperation::RemoveDisable;
            if (guardHolds) {
                ++m_held;
                add(key, user, op, HistoryResult::Held, 0,
                    QStringLiteral("Held by the removal guard: approve to apply."), {}, dry);
                return;
            }
            add(key, user, op, HistoryResult::Success, 204, {},
                m_deletes ? QList<AttributeChange>()
                          : QList<AttributeChange> {{QStringLiteral("active"), true, false}},
                dry, m_deletes ? QStringLiteral("DELETE") : QStringLiteral("PATCH"));
            if (!dry) {
                u.active = false;
                u.provisioned = !m_deletes;
            }
            return;
        }
        if (!u.retry.isEmpty()) {
            add(key, user, HistoryOperation::Update, HistoryResult::Success, 200, {}, u.retry, dry,
                QStringLiteral("PUT"));
            if (!dry) {
                for (const AttributeChange &c : std::as_const(u.retry))
                    (c.attribute == QLatin1String("title") ? u.title : u.department) = c.newValue.toString();
                u.retry.clear();
            }
        } else if (chance(0.025)) {
            QString title = pick(titles);
            while (title == u.title)
                title = pick(titles);
            const bool department = chance(0.3);
            QString dept = pick(departments);
            while (dept == u.department)
                dept = pick(departments);
            const QList<AttributeChange> changes = department
                ? QList<AttributeChange> {{QStringLiteral("title"), u.title, title},
                    {QStringLiteral("department"), u.department, dept}}
                : QList<AttributeChange> {{QStringLiteral("title"), u.title, title}};
            if (chance(0.02)) {
                add(key, user, HistoryOperation::Update, HistoryResult::Failed, 429,
                    QStringLiteral(
                        "Zoom: Too many requests (429), still refused after 5 tries; the next sync "
                        "retries."),
                    changes, dry, QStringLiteral("PUT"));
                if (!dry)
                    u.retry = changes;
                return;
            }
            add(key, user, HistoryOperation::Update, HistoryResult::Success, 200, {}, changes, dry,
                QStringLiteral("PUT"));
            if (!dry) {
                u.title = title;
                u.department = department ? dept : u.department;
            }
        } else if (u.active && chance(0.003)) {
            add(key, user, HistoryOperation::Disable, HistoryResult::Success, 204,
                QStringLiteral("Disabled in the source."), {{QStringLiteral("active"), true, false}}, dry,
                QStringLiteral("PATCH"));
            u.active = dry;
        } else if (!u.active && chance(0.15)) {
            add(key, user, HistoryOperation::Reactivate, HistoryResult::Success, 204, {},
                {{QStringLiteral("active"), false, true}}, dry, QStringLiteral("PATCH"));
            u.active = !dry;
        } else if (chance(0.0008)) {
            add(key, user, HistoryOperation::Update, HistoryResult::Failed, 404,
                QStringLiteral(
                    "Zoom: User does not exist (404); it was deleted outside ProvisionDesk. A full "
                    "resync provisions it again."),
                {}, dry, QStringLiteral("PUT"));
        }
    }
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif

    QDateTime next()
    {
        m_at = m_at.addMSecs(140 + m_random.bounded(360));
        return m_at;
    }

    void add(const QString &key, const QString &user, HistoryOperation op, HistoryResult result, int http,
        const QString &detail, const QList<AttributeChange> &changes, bool dry, const QString &method = {})
    {
        if (dry && (result == HistoryResult::Success || result == HistoryResult::Failed)) {
            result = HistoryResult::Planned;
            http = 0;
        } else if (!method.isEmpty()) {
            m_rec.countRequest(method);
        }
        m_failed = m_failed || result == HistoryResult::Failed;
        m_rec.recordEvent(event(key, user, op, result, http, detail, changes, next()));
    }

    HistoryRecorder &m_rec;
    QUuid m_id;
    QString m_name;
    QRandomGenerator m_random;
    bool m_deletes;
    QList<User> m_users;
    QDateTime m_at;
    bool m_failed = false;
    int m_held = 0;
};

} // namespace

QList<std::pair<QUuid, QString>> DemoHistory::connections()
{
    return {{QUuid(QStringLiteral("{6f1c1c52-3f3a-4b8e-9d59-1f4c1d9e0a11}")),
                QStringLiteral("Zoom (HQ directory)")},
        {QUuid(QStringLiteral("{0b7e5f02-8a44-4c1e-b2f9-5d2a9c3e7f10}")),
            QStringLiteral("Zoom (contractors CSV)")}};
}

QString DemoHistory::userName(int i)
{
    const QString first = firstNames.at(i % firstNames.size());
    const QString last = lastNames.at((i / firstNames.size()) % lastNames.size());
    const int n = i / (firstNames.size() * lastNames.size());
    return QStringLiteral("%1.%2%3@example.com").arg(first, last, n ? QString::number(n + 1) : QString());
}

QString DemoHistory::sourceKey(int i)
{
    return QStringLiteral("E%1").arg(10000 + i);
}

int DemoHistory::generate(QSqlDatabase db, const Options &o)
{
    HistoryRecorder rec(db);
    rec.setFlushPolicy({2000, 60000});
    int runs = 0;
    const auto conns = connections();
    // HQ syncs at 06:00 and 18:00 UTC and removes by disabling; the contractors' CSV once a day at
    // 07:30 and removes by deleting.
    Generator hq(rec, conns.at(0).first, conns.at(0).second, 0, o.users, o.days, o.seed, false);
    Generator contractors(
        rec, conns.at(1).first, conns.at(1).second, 5000, qMax(1, o.users / 4), o.days, o.seed + 1, true);
    const QDate firstDay = o.end.toUTC().date().addDays(-o.days + 1);
    for (int day = 0; day < o.days; ++day) {
        const QDateTime midnight(firstDay.addDays(day), QTime(0, 0), Qt::UTC);
        auto at = [&](int hour, int minute) { return midnight.addSecs(hour * 3600 + minute * 60); };
        for (int slot = 0; slot < 2; ++slot) {
            const QDateTime start = at(slot ? 18 : 6, 0);
            if (start > o.end)
                break;
            int kind = 0;
            if (day == o.days / 3 && slot == 1)
                kind = 1; // failed
            else if (day == o.days / 2 && slot == 0)
                kind = 2; // held removals
            hq.runAt(start, day, slot == 0 && (day == 0 || day % 7 == 6), false,
                slot == 0 ? RunTrigger::Cli : RunTrigger::Gui, kind);
            ++runs;
        }
        if (day % 5 == 2 && at(11, 15) <= o.end) {
            hq.runAt(at(11, 15), day, false, true, RunTrigger::Gui, 0); // a dry run from the app
            ++runs;
        }
        if (at(7, 30) <= o.end) {
            contractors.runAt(
                at(7, 30), day, day == 0, false, RunTrigger::Cli, day == (2 * o.days) / 3 ? 3 : 0);
            ++runs;
        }
    }
    return runs;
}

} // namespace pd::test
