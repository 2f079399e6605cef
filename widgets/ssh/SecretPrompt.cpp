#include "ssh/SecretPrompt.h"

#include "sources/SecretWriter.h"

#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace opsdeck {

namespace {

QString questionText(const ssh::CredentialRequest& r)
{
    const bool pass = r.kind == ssh::CredentialRequest::Kind::KeyPassphrase;
    QString text = pass ? SecretPrompt::tr("The key %1 needs its passphrase.").arg(r.keyFile)
                        : SecretPrompt::tr("%1@%2 asks for a password.").arg(r.user, r.host);
    if (r.retry)
        text = SecretPrompt::tr("That was not accepted.") + QLatin1Char(' ') + text;
    return text;
}

} // namespace

SecretPrompt::SecretPrompt(QWidget* parentWindow, SecretProvider* keychain, SecretWriter* keychainWriter)
    : QObject(parentWindow), m_window(parentWindow), m_writer(keychainWriter)
{
    if (keychain)
        m_keychain = std::make_shared<ssh::SecretProviderCredentials>(*keychain, this);
    QPointer<SecretPrompt> self(this);
    auto ask = [self](const ssh::CredentialRequest& request, const QString& notice,
                      ssh::CredentialProvider::Done done) {
        if (!self) {
            done(Error::failure(SecretPrompt::tr("the window is closing")));
            return;
        }
        QMetaObject::invokeMethod(
            self.data(),
            [self, request, notice, done] {
                if (self)
                    self->ask(request, notice, done);
                else
                    done(Error::failure(SecretPrompt::tr("the window is closing")));
            },
            Qt::QueuedConnection);
    };
    m_chain = std::make_shared<ssh::InteractiveCredentials>(m_keychain, ask, tr("no keychain is configured"));
}

SecretPrompt::~SecretPrompt() = default;

void SecretPrompt::ask(const ssh::CredentialRequest& request, const QString& notice,
                       ssh::CredentialProvider::Done done)
{
    if (!notice.isEmpty())
        emit this->notice(notice);
    auto* dialog = new QDialog(m_window);
    dialog->setObjectName(QStringLiteral("sshSecretDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(request.kind == ssh::CredentialRequest::Kind::KeyPassphrase ? tr("Key Passphrase")
                                                                                       : tr("SSH Password"));
    auto* layout = new QVBoxLayout(dialog);
    auto* label = new QLabel(questionText(request), dialog);
    label->setWordWrap(true);
    layout->addWidget(label);
    if (!notice.isEmpty()) {
        auto* note = new QLabel(notice, dialog);
        note->setWordWrap(true);
        layout->addWidget(note);
    }
    auto* edit = new QLineEdit(dialog);
    edit->setObjectName(QStringLiteral("secretEdit"));
    edit->setEchoMode(QLineEdit::Password);
    layout->addWidget(edit);
    auto* remember = new QCheckBox(tr("&Remember in the keychain"), dialog);
    remember->setObjectName(QStringLiteral("rememberSecret"));
    remember->setVisible(m_writer && m_chain->keychainReachable());
    layout->addWidget(remember);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    const QString name = request.secretName();
    QPointer<SecretPrompt> self(this);
    connect(dialog, &QDialog::finished, this, [self, dialog, edit, remember, name, done](int result) {
        const QString typed = edit->text();
        edit->clear();
        if (result != QDialog::Accepted || typed.isEmpty()) {
            done(Error::refused(SecretPrompt::tr("no secret given for %1").arg(name)));
            return;
        }
        if (self && !remember->isHidden() && remember->isChecked() && self->m_writer)
            self->m_writer->write(name, typed, [self](Status st) {
                if (self && !st.ok())
                    emit self->storeFailed(st.error().message);
            });
        done(typed);
    });
    dialog->open();
}

} // namespace opsdeck
