#include "NameEditor.h"

#include "ConnectionValidator.h"
#include "FieldErrorLabel.h"
#include "FormGrid.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace pd {

namespace {
constexpr int maxDescription = 1000;
} // namespace

NameEditor::NameEditor(NameTaken nameTaken, QWidget *parent)
    : ConnectionEditor(parent)
    , m_nameTaken(std::move(nameTaken))
    , m_name(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_nameError(new FieldErrorLabel(m_name, this))
    , m_descriptionError(new FieldErrorLabel(m_description, this))
{
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setMaxLength(100);
    m_name->setAccessibleName(tr("Name"));
    m_name->setPlaceholderText(tr("For example: Zoom (production)"));
    m_nameError->setObjectName(QStringLiteral("nameError"));
    m_description->setObjectName(QStringLiteral("descriptionEdit"));
    m_description->setAccessibleName(tr("Description"));
    m_description->setPlaceholderText(tr("Optional: what this connection provisions, and for whom"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 5 + 12);
    m_descriptionError->setObjectName(QStringLiteral("descriptionError"));

    auto *hint
        = new QLabel(tr("The name appears in the list of connections on the Provisioning page."), this);
    hint->setWordWrap(true);

    auto *form = new FormGrid(this);
    form->addFullRow(hint);
    form->addRow(tr("&Name:"), m_name, FieldErrorLabel::stack(m_name, m_nameError, this));
    form->addRow(
        tr("&Description:"), m_description, FieldErrorLabel::stack(m_description, m_descriptionError, this));

    connect(m_name, &QLineEdit::textEdited, this, [this] {
        checkName(true);
        emit changed();
    });
    connect(m_description, &QPlainTextEdit::textChanged, this, [this] {
        const bool tooLong = m_description->toPlainText().size() > maxDescription;
        m_descriptionError->setError(tooLong
                ? tr("The description is too long (%1 characters at most).").arg(maxDescription)
                : QString());
        emit changed();
    });
}

void NameEditor::load(const Connection &connection)
{
    m_id = connection.id;
    m_name->setText(connection.name);
    m_description->setPlainText(connection.description);
    m_nameError->setError({});
}

QString NameEditor::nameProblem() const
{
    const QString problem = ConnectionValidator::checkName(m_name->text());
    if (!problem.isEmpty())
        return problem;
    const QString name = m_name->text().trimmed();
    if (m_nameTaken && m_nameTaken(name, m_id))
        return tr("A connection named \"%1\" already exists. Choose another name.").arg(name);
    return {};
}

void NameEditor::checkName(bool showEmpty)
{
    const QString problem = nameProblem();
    // An empty field is not an error until the admin has typed and cleared it, or pressed Next.
    if (!showEmpty && m_name->text().trimmed().isEmpty())
        m_nameError->setError({});
    else
        m_nameError->setError(problem);
}

bool NameEditor::isComplete() const
{
    return nameProblem().isEmpty() && m_description->toPlainText().size() <= maxDescription;
}

bool NameEditor::save(Connection *connection)
{
    checkName(true);
    if (m_nameError->hasError()) {
        m_name->setFocus();
        return false;
    }
    if (m_descriptionError->hasError()) {
        m_description->setFocus();
        return false;
    }
    connection->name = m_name->text().trimmed();
    connection->description = m_description->toPlainText().trimmed();
    return true;
}

} // namespace pd
