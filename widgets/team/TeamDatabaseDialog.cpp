#include "team/TeamDatabaseDialog.h"

#include "db/DatabaseUrl.h"
#include "inventory/AsyncLoad.h"
#include "sources/SecretWriter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace opsdeck {

namespace {
const char* const kRecentKey = "team/recent";
}

TeamDatabaseDialog::TeamDatabaseDialog(QWidget* parent, SecretWriter* keychain)
    : QDialog(parent), m_keychain(keychain), m_recent(new QComboBox(this)), m_host(new QLineEdit(this)),
      m_port(new QSpinBox(this)), m_database(new QLineEdit(this)), m_user(new QLineEdit(this)),
      m_sslmode(new QComboBox(this)), m_password(new QLineEdit(this)),
      m_remember(new QCheckBox(tr("&Remember the password in the keychain"), this)),
      m_result(new QLabel(this)), m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    if (!m_keychain && !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        m_keychain = new KeychainSecretWriter(this);
    setWindowTitle(tr("Connect to a Team Database"));
    auto* layout = new QVBoxLayout(this);
    auto* intro =
        new QLabel(tr("A team shares one PostgreSQL database: its inventory, jobs and checks. Charts "
                      "stay in this computer's own cache."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    m_recent->addItem(tr("(new)"));
    m_recent->addItems(recentUrls());
    m_recent->setObjectName(QStringLiteral("recentDatabases"));
    connect(m_recent, &QComboBox::activated, this, [this](int index) {
        if (index > 0)
            fillFrom(m_recent->itemText(index));
    });
    form->addRow(tr("Re&cent:"), m_recent);
    m_host->setPlaceholderText(QStringLiteral("db.example.org"));
    form->addRow(tr("&Host:"), m_host);
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    form->addRow(tr("&Port:"), m_port);
    m_database->setText(QStringLiteral("opsdeck"));
    form->addRow(tr("&Database:"), m_database);
    m_user->setText(qEnvironmentVariable("USER"));
    form->addRow(tr("&User:"), m_user);
    // libpq's sslmode; "prefer" is its default, verify-full checks the server's certificate and name.
    m_sslmode->addItems({QStringLiteral("prefer"), QStringLiteral("require"), QStringLiteral("verify-ca"),
                         QStringLiteral("verify-full"), QStringLiteral("disable")});
    m_sslmode->setToolTip(tr("TLS as libpq's sslmode: verify-full checks the server's certificate and name"));
    form->addRow(tr("&TLS (sslmode):"), m_sslmode);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("empty: ~/.pgpass or the keychain"));
    form->addRow(tr("Pass&word:"), m_password);
    layout->addLayout(form);
    m_remember->setChecked(m_keychain != nullptr);
    m_remember->setEnabled(m_keychain != nullptr);
    layout->addWidget(m_remember);
    m_result->setObjectName(QStringLiteral("teamResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_result);
    m_test = m_buttons->addButton(tr("&Test"), QDialogButtonBox::ActionRole);
    QPushButton* go = m_buttons->addButton(tr("C&onnect"), QDialogButtonBox::AcceptRole);
    go->setDefault(true);
    connect(m_test, &QPushButton::clicked, this, &TeamDatabaseDialog::test);
    disconnect(m_buttons, &QDialogButtonBox::accepted, nullptr, nullptr);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &TeamDatabaseDialog::connectToDatabase);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    if (m_recent->count() > 1)
        fillFrom(m_recent->itemText(1));
}

QStringList TeamDatabaseDialog::recentUrls()
{
    return QSettings().value(QLatin1String(kRecentKey)).toStringList();
}

Result<QString> TeamDatabaseDialog::url() const
{
    if (m_host->text().trimmed().isEmpty())
        return Error::usage(tr("Give the database server's host name."));
    if (m_database->text().trimmed().isEmpty())
        return Error::usage(tr("Give the database's name."));
    if (m_user->text().trimmed().isEmpty())
        return Error::usage(tr("Give the user to log in as."));
    QUrl u;
    u.setScheme(QStringLiteral("postgresql"));
    u.setUserName(m_user->text().trimmed());
    u.setHost(m_host->text().trimmed());
    u.setPort(m_port->value());
    u.setPath(QLatin1Char('/') + m_database->text().trimmed());
    if (m_sslmode->currentText() != QLatin1String("prefer"))
        u.setQuery(QStringLiteral("sslmode=") + m_sslmode->currentText());
    const QString text = u.toString(QUrl::FullyEncoded);
    auto parsed = DatabaseUrl::parse(text);
    if (!parsed.ok())
        return parsed.error();
    return text;
}

QString TeamDatabaseDialog::resultText() const
{
    return m_result->text();
}

void TeamDatabaseDialog::test()
{
    attempt([this](const QString& url) { showResult(tr("Logged in to %1.").arg(url), false); });
}

void TeamDatabaseDialog::connectToDatabase()
{
    attempt([this](const QString& url) {
        remember(url);
        const QString password = m_password->text();
        auto done = [this, url] {
            emit connectRequested(url);
            accept();
        };
        if (password.isEmpty() || !m_remember->isChecked() || !m_keychain) {
            done();
            return;
        }
        auto parsed = DatabaseUrl::parse(url);
        m_keychain->write(DatabaseLogin::secretName(*parsed), password, [this, done](Status stored) {
            if (!stored.ok()) {
                showResult(tr("The password was not stored in the keychain: %1").arg(stored.error().message),
                           true);
                return;
            }
            done();
        });
    });
}

void TeamDatabaseDialog::attempt(std::function<void(const QString& url)> onAccepted)
{
    auto text = url();
    if (!text.ok()) {
        showResult(text.error().message, true);
        emit tested(false);
        return;
    }
    const DatabaseUrl target = *DatabaseUrl::parse(*text);
    const QString password = m_password->text();
    setBusy(true);
    showResult(tr("Logging in to %1…").arg(target.display()), false);
    runAsync<DatabaseLogin::Outcome>(
        this, [target, password] { return DatabaseLogin::attempt(target, password); },
        [this, target, url = *text, onAccepted](Result<DatabaseLogin::Outcome> outcome) {
            setBusy(false);
            if (!outcome.ok()) {
                showResult(outcome.error().message, true);
            } else if (*outcome == DatabaseLogin::Outcome::PasswordNeeded) {
                showResult(tr("%1 asks for a password: type it above, or put it in ~/.pgpass.")
                               .arg(target.display()),
                           true);
                m_password->setFocus();
            } else if (*outcome == DatabaseLogin::Outcome::PasswordRejected) {
                showResult(tr("%1 refused the password.").arg(target.display()), true);
                m_password->selectAll();
                m_password->setFocus();
            } else {
                emit tested(true);
                onAccepted(url);
                return;
            }
            emit tested(false);
        });
}

void TeamDatabaseDialog::showResult(const QString& text, bool error)
{
    m_resultIsError = error;
    m_result->setText(text);
    m_result->setStyleSheet(error ? QStringLiteral("color: #8a1c12;") : QString());
}

void TeamDatabaseDialog::setBusy(bool busy)
{
    m_test->setEnabled(!busy);
    for (QAbstractButton* b : m_buttons->buttons())
        if (m_buttons->buttonRole(b) == QDialogButtonBox::AcceptRole)
            b->setEnabled(!busy);
}

void TeamDatabaseDialog::fillFrom(const QString& url)
{
    auto parsed = DatabaseUrl::parse(url);
    if (!parsed.ok())
        return;
    m_host->setText(parsed->host);
    m_port->setValue(parsed->port);
    m_database->setText(parsed->dbname);
    m_user->setText(parsed->user);
    const int mode =
        m_sslmode->findText(parsed->sslmode.isEmpty() ? QStringLiteral("prefer") : parsed->sslmode);
    if (mode >= 0)
        m_sslmode->setCurrentIndex(mode);
}

void TeamDatabaseDialog::remember(const QString& url)
{
    QStringList recent = recentUrls();
    recent.removeAll(url);
    recent.prepend(url);
    while (recent.size() > 8)
        recent.removeLast();
    QSettings().setValue(QLatin1String(kRecentKey), recent);
}

} // namespace opsdeck
