#pragma once

#include "db/RowVersion.h"
#include "util/Result.h"

#include <QJsonObject>
#include <QObject>
#include <functional>
#include <memory>

class QDialogButtonBox;
class QPushButton;

namespace opsdeck {

// The "changed by another console" part of an edit dialog (issue 12, no lost update): a
// Reload button in the dialog's button box, shown while the dialog's last write was
// refused as stale (Error::stale, RowVersion). Until it is clicked what the user typed
// stays in the fields; Reload hands the row's values now and their version to `apply`
// (the dialog fills its fields and carries that version into its next write) and hides.
class StaleReload : public QObject
{
    Q_OBJECT
public:
    using Apply = std::function<void(const QJsonObject& current, qint64 version)>;

    // `toolTip` says what Reload puts in the fields ("the machine's current values").
    StaleReload(QDialogButtonBox* buttons, const QString& toolTip, Apply apply);

    // After a write: a stale refusal shows Reload; anything else hides it.
    void noteResult(const Status& status);
    QPushButton* button() const { return m_button; }

public slots:
    // Applies the values of the last stale refusal (nothing when there is none).
    void reload();

private:
    QPushButton* m_button;
    Apply m_apply;
    std::shared_ptr<const StaleWrite> m_stale;
};

} // namespace opsdeck
