#pragma once

#include <QDialog>
#include <QString>

class QCheckBox;
class QLineEdit;

namespace opsdeck {

// Asks for a team database's password when neither ~/.pgpass nor the keychain has one
// the server takes. "Remember in the keychain" (on by default, off and greyed when
// there is no keychain) stores it there once the server has taken it.
class DatabasePasswordDialog : public QDialog
{
    Q_OBJECT
public:
    // `database`: the URL as shown (no password); `retry`: the last one was refused;
    // `notice`: why the keychain's did not do (may be empty).
    DatabasePasswordDialog(const QString& database, bool retry, bool keychainAvailable, const QString& notice,
                           QWidget* parent = nullptr);

    QString password() const;
    bool remember() const;
    QLineEdit* passwordEdit() const { return m_password; }
    QCheckBox* rememberBox() const { return m_remember; }

private:
    QLineEdit* m_password;
    QCheckBox* m_remember;
};

} // namespace opsdeck
