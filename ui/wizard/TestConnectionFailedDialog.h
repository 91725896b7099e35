#pragma once

#include "ConnectionTestResult.h"

#include <QDialog>

class QPushButton;

namespace pd {

// The console's "Test Connection Failed" modal: what is wrong, how to fix it, the server's words,
// and the choice: Continue (accept: save the connection as invalid) or Cancel (reject: go back and
// fix the settings). Shown with open(), never exec().
class TestConnectionFailedDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TestConnectionFailedDialog(const ConnectionTestResult &result, QWidget *parent = nullptr);
    QPushButton *continueButton() const { return m_continue; }
    QPushButton *cancelButton() const { return m_cancel; }

private:
    QPushButton *m_continue;
    QPushButton *m_cancel;
};

} // namespace pd
