#include "team/DatabasePasswordDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace opsdeck {

DatabasePasswordDialog::DatabasePasswordDialog(const QString& database, bool retry, bool keychainAvailable,
                                               const QString& notice, QWidget* parent)
    : QDialog(parent), m_password(new QLineEdit(this)),
      m_remember(new QCheckBox(tr("&Remember in the keychain"), this))
{
    setWindowTitle(tr("Team database password"));
    auto* layout = new QVBoxLayout(this);
    auto* intro =
        new QLabel(tr("The team database %1 asks for a password.").arg(database.toHtmlEscaped()), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    const QString warning = retry ? tr("The last password was refused; try again.") : notice;
    if (!warning.isEmpty()) {
        auto* problem = new QLabel(warning.toHtmlEscaped(), this);
        problem->setObjectName(QStringLiteral("passwordProblem"));
        problem->setWordWrap(true);
        problem->setStyleSheet(
            QStringLiteral("color: palette(highlighted-text); background: #b3261e; padding: 4px;"));
        layout->addWidget(problem);
    }
    auto* form = new QFormLayout;
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setObjectName(QStringLiteral("databasePassword"));
    form->addRow(tr("&Password:"), m_password);
    layout->addLayout(form);
    m_remember->setChecked(keychainAvailable);
    m_remember->setEnabled(keychainAvailable);
    if (!keychainAvailable)
        m_remember->setToolTip(
            tr("No keychain is reachable (no D-Bus session bus): put the password in ~/.pgpass "
               "to be asked no more."));
    layout->addWidget(m_remember);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_password->setFocus();
}

QString DatabasePasswordDialog::password() const
{
    return m_password->text();
}

bool DatabasePasswordDialog::remember() const
{
    return m_remember->isChecked();
}

} // namespace opsdeck
