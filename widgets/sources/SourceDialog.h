#pragma once

#include "sources/Source.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace opsdeck {

// Adds or edits one metric source: kind, URL template, query and step (backends), the
// machine or tree node it is bound to, interval, timeout and authentication. The secret
// field's text goes only to the keychain (the caller's SecretWriter); the source keeps
// the entry's name.
//
// OK checks what can be checked here and shows the problem under the form; when the form
// is complete it emits submitted() and stays open — the caller saves off the GUI thread
// and then calls accept() or showError().
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

    // The form's own check (empty: fine).
    QString problem() const;

public slots:
    void showError(const QString& message);
    void setBusy(bool busy);

signals:
    void submitted();

private:
    void updateFields();
    void tryAccept();

    qint64 m_editId = 0;
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
};

} // namespace opsdeck
