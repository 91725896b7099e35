#pragma once

#include "SecretStore.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace pd {

// Why a save did not happen, and what the admin can do: Retry after a keychain error, or keep the
// secret for this session only when there is no keychain at all. Shared by the wizard's Save step
// and the Edit dialog.
class SaveProblemPanel : public QFrame
{
    Q_OBJECT
public:
    explicit SaveProblemPanel(QWidget *parent = nullptr);

    // error is the keychain's (None for a database or validation problem).
    void showProblem(const QString &message, SecretResult::Error error, bool canKeepForSession);
    void clear();
    QString message() const;
    QPushButton *retryButton() const { return m_retry; }
    QPushButton *sessionButton() const { return m_session; }

protected:
    void paintEvent(QPaintEvent *event) override;

signals:
    void retryRequested();
    void keepForSessionRequested();

private:
    QLabel *m_text;
    QPushButton *m_retry;
    QPushButton *m_session;
};

} // namespace pd
