#pragma once

#include "db/DatabaseLogin.h"
#include "util/Result.h"

#include <QDialog>
#include <functional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace opsdeck {

class SecretWriter;

// File > Connect to a Team Database…: where the shared PostgreSQL database is (host,
// port, database, user, libpq's sslmode) and, when ~/.pgpass does not have it, the
// password, which goes to the keychain only ("Remember") and never into the URL or a
// setting. Test logs in off the GUI thread and says how it went; Connect does the same
// and, once in, remembers the URL (without the password) for next time and asks for the
// window to start again on it (connectRequested).
class TeamDatabaseDialog : public QDialog
{
    Q_OBJECT
public:
    // `keychain`: where a remembered password goes (nullptr: the system keychain when a
    // session bus exists, else nowhere).
    explicit TeamDatabaseDialog(QWidget* parent = nullptr, SecretWriter* keychain = nullptr);

    // postgresql://USER@HOST:PORT/DBNAME[?sslmode=MODE] from the fields, or what is missing.
    Result<QString> url() const;
    QString resultText() const;

    QLineEdit* hostEdit() const { return m_host; }
    QSpinBox* portBox() const { return m_port; }
    QLineEdit* databaseEdit() const { return m_database; }
    QLineEdit* userEdit() const { return m_user; }
    QComboBox* sslModeBox() const { return m_sslmode; }
    QLineEdit* passwordEdit() const { return m_password; }
    QCheckBox* rememberBox() const { return m_remember; }

    // The URLs connected to before, newest first (QSettings team/recent).
    static QStringList recentUrls();

public slots:
    void test();
    void connectToDatabase();

signals:
    void tested(bool accepted);
    void connectRequested(const QString& url);

private:
    void attempt(std::function<void(const QString& url)> onAccepted);
    void showResult(const QString& text, bool error);
    void setBusy(bool busy);
    void fillFrom(const QString& url);
    void remember(const QString& url);

    SecretWriter* m_keychain;
    QComboBox* m_recent;
    QLineEdit* m_host;
    QSpinBox* m_port;
    QLineEdit* m_database;
    QLineEdit* m_user;
    QComboBox* m_sslmode;
    QLineEdit* m_password;
    QCheckBox* m_remember;
    QLabel* m_result;
    QDialogButtonBox* m_buttons;
    QPushButton* m_test;
    bool m_resultIsError = false;
};

} // namespace opsdeck
