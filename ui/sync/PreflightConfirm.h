#pragma once

#include "Preflight.h"

#include <QUuid>
#include <functional>

class QMessageBox;
class QWidget;

namespace pd {

// Before a connection's first sync (it manages nobody yet), "Sync now" first runs a dry run and
// shows its pre-flight forecast; the sync starts only when the admin continues.
class PreflightConfirm
{
    Q_DECLARE_TR_FUNCTIONS(PreflightConfirm)

public:
    static bool isFirstSync(const QString &dataDir, const QUuid &connectionId);
    // A window-modal question (open(), no nested loop) that calls proceed on Continue.
    static QMessageBox *ask(QWidget *parent, const QString &connectionName, const Preflight &forecast,
        std::function<void()> proceed);
};

} // namespace pd
