// Renders the "Sync now" panel to PNG files (scripts/screenshots-sync): a run in progress, a
// finished run, a dry run's plan and held removals. Test-only: it runs real syncs against the SCIM
// test server (started here with node, like the tests) and grabs the window with QWidget::grab.
#include "Style.h"
#include "SyncHeldView.h"
#include "SyncPanelHarness.h"
#include "SyncPlanModel.h"
#include "SyncProgressView.h"
#include "SyncWindow.h"

#include <QApplication>
#include <QDir>
#include <QProgressBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextStream>

using namespace pd;
using namespace pd::test;

namespace {

QString outDir;
bool failedAny = false;

void save(QWidget *w, const QString &name)
{
    QCoreApplication::processEvents();
    const QString path = QDir(outDir).filePath(QStringLiteral("sync-%1.png").arg(name));
    if (!w->grab().save(path)) {
        QTextStream(stderr) << "cannot write " << path << Qt::endl;
        failedAny = true;
        return;
    }
    QTextStream(stdout) << path << Qt::endl;
}

void check(bool ok, const char *what)
{
    if (!ok) {
        QTextStream(stderr) << "screenshot step failed: " << what << Qt::endl;
        failedAny = true;
    }
}

// People with plausible names, so the screenshots read like a real directory.
QList<Person> staff(int count)
{
    static const QStringList first {QStringLiteral("Ava"), QStringLiteral("Noah"), QStringLiteral("Mia"),
        QStringLiteral("Liam"), QStringLiteral("Zoe"), QStringLiteral("Ethan"), QStringLiteral("Chloe"),
        QStringLiteral("Lucas"), QStringLiteral("Isla"), QStringLiteral("Mateo"), QStringLiteral("Amara"),
        QStringLiteral("Kenji"), QStringLiteral("Priya"), QStringLiteral("Omar"), QStringLiteral("Elena"),
        QStringLiteral("Tariq"), QStringLiteral("Sofia")};
    static const QStringList last {QStringLiteral("Nguyen"), QStringLiteral("Smith"),
        QStringLiteral("Garcia"), QStringLiteral("Okafor"), QStringLiteral("Müller"), QStringLiteral("Rossi"),
        QStringLiteral("Tanaka"), QStringLiteral("Patel"), QStringLiteral("Kowalski"),
        QStringLiteral("Dubois"), QStringLiteral("Haddad"), QStringLiteral("Larsen"),
        QStringLiteral("Silva")};
    static const QStringList titles {QStringLiteral("Engineer"), QStringLiteral("Designer"),
        QStringLiteral("Account Executive"), QStringLiteral("Support Specialist"),
        QStringLiteral("Product Manager")};
    QList<Person> list;
    for (int i = 0; i < count; ++i) {
        Person p;
        p.key = QStringLiteral("E%1").arg(10000 + i);
        p.first = first.at(i % first.size());
        p.last = last.at((i / first.size() + i) % last.size());
        p.email = QStringLiteral("%1.%2%3@example.com").arg(p.first.toLower(), p.last.toLower()).arg(i);
        p.title = titles.at(i % titles.size());
        list << p;
    }
    return list;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    // PROVISIONDESK_PALETTE=dark renders the dark variant (the app's --palette).
    if (!Style::applyPalette(Style::paletteFromEnvironment()))
        return 2;
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        QTextStream(stderr) << "usage: provisiondesk_sync_screenshots SOURCE_DIR OUT_DIR" << Qt::endl;
        return 2;
    }
    qputenv("PROVISIONDESK_SOURCE_DIR", args.at(1).toUtf8());
    outDir = args.at(2);
    QDir().mkpath(outDir);

    ScimTestServer server;
    if (!server.start()) {
        QTextStream(stderr) << "cannot start the SCIM test server: " << server.lastError() << Qt::endl;
        return 1;
    }
    SyncPanelHarness h(&server);
    if (!h.ok()) {
        QTextStream(stderr) << h.error() << Qt::endl;
        return 1;
    }
    h.fixture.connection().name = QStringLiteral("Zoom — Example Corp");
    h.fixture.connection().rateLimit.requestsPerSecond = 40;
    h.fixture.connection().removalGuard = RemovalGuard {5, 500};
    check(h.fixture.saveConnection(), "save the connection");
    QList<Person> people = staff(400);
    h.fixture.writeCsv(people);
    check(server.setConfig({{QStringLiteral("latencyMs"), 30}}), "server latency");

    SyncWindow window(h.fixture.dataDir(), &h.secrets, h.fixture.connection());
    window.panel()->setRetryPolicy(h.fixture.request().retryPolicy, 10000);
    window.resize(980, 700);
    window.show();
    check(QTest::qWaitForWindowExposed(&window), "window exposed");
    SyncPanel *panel = window.panel();

    // 1. A first sync in progress, about 40 % through.
    panel->syncNow();
    check(QTest::qWaitFor(
              [&] {
                  QProgressBar *bar = panel->progressBar();
                  return bar->maximum() > 1 && bar->value() >= bar->maximum() * 2 / 5;
              },
              120000),
        "run reaches 40 %");
    save(&window, QStringLiteral("in-progress"));

    // 2. The same run, finished.
    check(QTest::qWaitFor([&] { return !panel->isBusy(); }, 120000), "run finishes");
    QTest::qWait(100);
    save(&window, QStringLiteral("finished"));

    // 3. A dry run after the directory changed: updates with their diffs, new hires, a leaver.
    check(server.setConfig({{QStringLiteral("latencyMs"), 0}}), "server latency off");
    for (int i : {3, 8, 21, 34})
        people[i].title = QStringLiteral("Team Lead");
    people[12].last = QStringLiteral("Okafor-Smith");
    people[17].status = QStringLiteral("Disabled");
    QList<Person> hires = staff(403).mid(400);
    for (Person &p : hires) {
        p.key = QStringLiteral("E2%1").arg(p.key.mid(1));
        p.email = QStringLiteral("new.%1").arg(p.email);
    }
    people << hires;
    h.fixture.writeCsv(people);
    check(SyncPanelHarness::runAndWait(panel, [&] { panel->dryRun(); }).has_value(), "dry run");
    save(&window, QStringLiteral("dry-run"));

    // 4. A sync that would disable 30 leavers (over the 5 % guard): held for approval.
    check(SyncPanelHarness::runAndWait(panel, [&] { panel->syncNow(); }).has_value(), "apply the changes");
    h.fixture.writeCsv(people.mid(0, people.size() - 33));
    const auto held = SyncPanelHarness::runAndWait(panel, [&] { panel->syncNow(); });
    check(held && held->outcome == RunOutcome::Held, "removals held");
    QAbstractItemModel *shown = panel->heldView()->table()->model(); // sorted by user, as on screen
    for (int row : {0, 2, 3})
        shown->setData(shown->index(row, SyncPlanModel::OperationColumn), Qt::Checked, Qt::CheckStateRole);
    save(&window, QStringLiteral("held"));

    return failedAny ? 1 : 0;
}
