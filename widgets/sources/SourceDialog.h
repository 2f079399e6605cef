#pragma once

#include "sources/Source.h"
#include "util/Result.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QPushButton;

namespace opsdeck {

class StaleReload;

// Adds or edits one metric source: kind, URL template, query and step (backends), the
// machine or tree node it is bound to, interval, timeout and authentication. The secret
// field's text goes only to the keychain (the caller's SecretWriter); the source keeps
// the entry's name.
//
// OK checks what can be checked here and shows the problem under the form; when the form
// is complete it emits submitted() and stays open — the caller saves off the GUI thread
// and then calls accept() or showFailure(). An edit carries the version the source was read
// at (Source::stamp); a write refused because another console changed the source since
// (Error::stale) keeps what was typed and offers Reload, which puts the source's current
// values and version in the form.
class SourceDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SourceDialog(QWidget* parent = nullptr);

    // Fills the form from an existing source (edit mode: an empty secret keeps the stored one).
    void setSource(const Source& source);
    void setMachineNames(const QStringList& names);

    bool isEdit() const { return m_editId > 0; }
    Source source() const;
    // What was typed in the secret field (empty: unchanged). Never stored by the dialog.
    QString secret() const;
    QPushButton* reloadButton() const;
    QString errorText() const;

    // The form's own check (empty: fine).
    QString problem() const;

public slots:
    void showError(const QString& message);
    // A failed save: its message, and Reload when another console changed the source.
    void showFailure(const Error& error);
    void setBusy(bool busy);

signals:
    void submitted();

private:
    void updateFields();
    void tryAccept();
    void reloaded(const QJsonObject& now, qint64 version);

    qint64 m_editId = 0;
    qint64 m_version = 0;     // of the edited source, as read (0: adding)
    bool m_hasSecret = false; // the edited source already has a keychain entry
    QComboBox* m_kind = nullptr;
    QLineEdit* m_url = nullptr;
    QLineEdit* m_query = nullptr;
    QSpinBox* m_step = nullptr;
    QLineEdit* m_asKey = nullptr;
    QComboBox* m_binding = nullptr;
    QComboBox* m_machine = nullptr;
    QLineEdit* m_node = nullptr;
    QSpinBox* m_interval = nullptr;
    QSpinBox* m_timeout = nullptr;
    QCheckBox* m_enabled = nullptr;
    QComboBox* m_auth = nullptr;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_secretName = nullptr;
    QLineEdit* m_secret = nullptr;
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    StaleReload* m_reload = nullptr;
};

} // namespace opsdeck
