#include "PreflightConfirm.h"

#include "Database.h"
#include "ManagedUserStore.h"

#include <QMessageBox>
#include <QPushButton>

namespace pd {

bool PreflightConfirm::isFirstSync(const QString &dataDir, const QUuid &connectionId)
{
    Database database(dataDir);
    if (!database.open())
        return false; // the run itself reports the database problem
    return ManagedUserStore(database.handle(), connectionId).countManaged() == 0;
}

QMessageBox *PreflightConfirm::ask(
    QWidget *parent, const QString &connectionName, const Preflight &forecast, std::function<void()> proceed)
{
    auto *box = new QMessageBox(QMessageBox::Question, tr("First Sync — %1").arg(connectionName),
        tr("This is the first sync of \"%1\". The dry run forecasts:").arg(connectionName),
        QMessageBox::NoButton, parent);
    box->setObjectName(QStringLiteral("preflightConfirm"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(forecast.describe().join(QLatin1Char('\n')));
    QPushButton *go = box->addButton(tr("&Continue Sync"), QMessageBox::AcceptRole);
    go->setObjectName(QStringLiteral("preflightContinue"));
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    QObject::connect(box, &QMessageBox::finished, box, [box, go, proceed = std::move(proceed)] {
        if (box->clickedButton() == go)
            proceed();
    });
    box->open();
    return box;
}

} // namespace pd
