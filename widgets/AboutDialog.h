#pragma once

#include <QDialog>

namespace opsdeck {

// Help > About: what Opsdeck is and the versions of the libraries it runs on
// (Qt, libssh2, QtKeychain, SQLite).
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget* parent = nullptr);

    // The versions part as plain text, one "name version" a line.
    QString versionsText() const { return m_versionsText; }

private:
    QString m_versionsText;
};

} // namespace opsdeck
