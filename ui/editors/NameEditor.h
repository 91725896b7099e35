#pragma once

#include "ConnectionEditor.h"

#include <QUuid>
#include <functional>

class QLineEdit;
class QPlainTextEdit;

namespace pd {

class FieldErrorLabel;

// Name and description. The name is required and unique regardless of case; both are checked as
// the admin types, with the problem shown under the field.
class NameEditor : public ConnectionEditor
{
    Q_OBJECT
public:
    // Answers "is this name used by a connection other than except?".
    using NameTaken = std::function<bool(const QString &name, const QUuid &except)>;

    explicit NameEditor(NameTaken nameTaken, QWidget *parent = nullptr);
    void load(const Connection &connection) override;
    bool save(Connection *connection) override;
    bool isComplete() const override;
    QString nameProblem() const;

private:
    void checkName(bool showEmpty);

    NameTaken m_nameTaken;
    QUuid m_id;
    QLineEdit *m_name;
    QPlainTextEdit *m_description;
    FieldErrorLabel *m_nameError;
    FieldErrorLabel *m_descriptionError;
};

} // namespace pd
