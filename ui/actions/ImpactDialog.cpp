#include "ImpactDialog.h"

#include "Database.h"
#include "HistoryTypes.h"
#include "ManagedUserStore.h"
#include "OutboundRule.h"
#include "SecretBinding.h"
#include "SecretStore.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace pd {

ImpactDialog::ImpactDialog(const Connection &before, const Connection &after, const QString &dataDir,
    SecretStore *secrets, QWidget *parent)
    : QDialog(parent)
    , m_before(before)
    , m_after(after)
    , m_dataDir(dataDir)
    , m_secrets(secrets)
    , m_summary(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_people(new QTreeWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_saveAnyway(m_buttons->addButton(tr("&Save Anyway"), QDialogButtonBox::AcceptRole))
{
    setObjectName(QStringLiteral("impactDialog"));
    setWindowTitle(tr("Impact of This Edit — %1").arg(after.name));
    setAccessibleName(tr("Impact of this edit"));
    m_summary->setObjectName(QStringLiteral("impactSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Computing impact"));
    m_people->setObjectName(QStringLiteral("impactPeople"));
    m_people->setAccessibleName(tr("People this edit affects"));
    m_people->setHeaderLabels({tr("Person"), tr("Source key"), tr("Would now"), tr("Without the edit")});
    m_people->setRootIsDecorated(false);
    m_people->setAlternatingRowColors(true);
    m_people->header()->setStretchLastSection(true);
    m_people->setColumnWidth(0, 240);
    m_people->setColumnWidth(1, 110);
    m_people->setColumnWidth(2, 150);
    m_people->hide();
    m_saveAnyway->setObjectName(QStringLiteral("impactSaveAnyway"));
    m_saveAnyway->hide();
    m_buttons->button(QDialogButtonBox::Cancel)->setDefault(true);

    auto *note = new QLabel(
        tr("Computed from the source and what this connection manages; nothing was sent to Zoom."), this);
    note->setWordWrap(true);
    note->setEnabled(false); // secondary text
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_busy);
    layout->addWidget(m_people, 1);
    layout->addWidget(note);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(720, 420);
}

void ImpactDialog::setNewSourcePassword(const QString &password)
{
    m_newPassword = password;
}

bool ImpactDialog::managesNobody(const QString &dataDir, const QUuid &connectionId)
{
    Database database(dataDir); // this thread's connection, already open in the app
    return database.open() && ManagedUserStore(database.handle(), connectionId).countManaged() == 0;
}

void ImpactDialog::confirmThenSave(const Connection &before, const Connection &after, const QString &dataDir,
    SecretStore *secrets, QWidget *parent, const std::function<void()> &save,
    const QString &newSourcePassword)
{
    // Nobody managed yet: no one's fate changes; the first sync's pre-flight forecast covers creations.
    if (!ImpactForecast::mayChangePlan(before, after) || managesNobody(dataDir, before.id)) {
        save();
        return;
    }
    auto *dialog = new ImpactDialog(before, after, dataDir, secrets, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setNewSourcePassword(newSourcePassword);
    connect(dialog, &QDialog::accepted, parent, [save] { save(); });
    dialog->start();
}

void ImpactDialog::start()
{
    m_summary->setText(tr("Computing impact…"));
    m_computing = true;
    open();
    const bool stored = OutboundRule::needsSourcePassword(m_before)
        || (OutboundRule::needsSourcePassword(m_after) && m_newPassword.isEmpty());
    if (!stored || !m_secrets) {
        compute(m_newPassword, m_newPassword);
        return;
    }
    // The stored password goes only to the server and bind DN it was entered for.
    const bool moved = SecretBinding::isBroken(SecretKind::SourcePassword, m_before, m_after);
    m_secrets->read({m_before.id, SecretKind::SourcePassword}, this, [this, moved](const SecretResult &r) {
        const QString storedPassword = r.ok() ? r.value : QString();
        compute(
            storedPassword, !m_newPassword.isEmpty() ? m_newPassword : (moved ? QString() : storedPassword));
    });
}

void ImpactDialog::compute(const QString &passwordBefore, const QString &passwordAfter)
{
    ImpactForecast::start(this, {m_before, m_after, passwordBefore, passwordAfter}, m_dataDir,
        [this](const ImpactForecast::Result &r) { present(r); });
}

void ImpactDialog::present(const ImpactForecast::Result &r)
{
    m_computing = false;
    m_result = r;
    m_busy->hide();
    emit computed(r);
    if (r.ok && r.isEmpty()) {
        accept(); // nothing changes for anyone: save without asking
        return;
    }
    m_saveAnyway->show();
    if (!r.ok) {
        m_summary->setText(tr("The impact of this edit could not be computed: %1").arg(r.error));
        return;
    }
    m_summary->setText(r.summary());
    // The plan's kinds are the history's operation names: show them in the history's words.
    const auto words = [this](const QString &kind) {
        HistoryOperation op;
        return kind.isEmpty()                       ? tr("nothing")
            : historyOperationFromString(kind, &op) ? historyOperationDisplayName(op)
                                                    : kind;
    };
    for (const ImpactForecast::Change &c : r.changes) {
        auto *item = new QTreeWidgetItem(m_people,
            {c.userName, c.sourceKey, words(c.kind) + (c.held ? tr(" (held)") : QString()), words(c.was)});
        item->setToolTip(0, c.userName);
    }
    m_people->show();
}

} // namespace pd
