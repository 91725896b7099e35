#pragma once

#include "Connection.h"
#include "ImpactForecast.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace pd {

class SecretStore;

// "Impact before saving": shows "Computing impact…" while ImpactForecast reads the source and plans
// on its own thread, then either accepts itself (the edit changes nothing for managed people) or
// says "This edit would create N, update N, disable N, remove N" with the people, and asks: Save
// anyway / Cancel. accepted() means save. Nothing is sent to Zoom.
class ImpactDialog : public QDialog
{
    Q_OBJECT
public:
    ImpactDialog(const Connection &before, const Connection &after, const QString &dataDir,
        SecretStore *secrets, QWidget *parent = nullptr);

    // The LDAP password typed with the edit (else the stored one, when still valid for after's server).
    void setNewSourcePassword(const QString &password);
    // Opens the dialog (window-modal, open()) and starts computing.
    void start();

    // Calls save now when the edit cannot change a plan, else opens a dialog that calls it on Save anyway.
    static void confirmThenSave(const Connection &before, const Connection &after, const QString &dataDir,
        SecretStore *secrets, QWidget *parent, const std::function<void()> &save,
        const QString &newSourcePassword = {});

    bool isComputing() const { return m_computing; }
    const ImpactForecast::Result &result() const { return m_result; }
    QLabel *summaryLabel() const { return m_summary; }
    QTreeWidget *peopleList() const { return m_people; }
    QPushButton *saveAnywayButton() const { return m_saveAnyway; }

signals:
    void computed(const pd::ImpactForecast::Result &result);

private:
    void compute(const QString &passwordBefore, const QString &passwordAfter);
    void present(const ImpactForecast::Result &result);
    static bool managesNobody(const QString &dataDir, const QUuid &connectionId);

    Connection m_before;
    Connection m_after;
    QString m_dataDir;
    SecretStore *m_secrets;
    QString m_newPassword;
    bool m_computing = false;
    ImpactForecast::Result m_result;
    QLabel *m_summary;
    QProgressBar *m_busy;
    QTreeWidget *m_people;
    QDialogButtonBox *m_buttons;
    QPushButton *m_saveAnyway;
};

} // namespace pd
