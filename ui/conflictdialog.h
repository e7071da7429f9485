#pragma once

#include "../models/domain/record.h"

#include <QDialog>

class QButtonGroup;
class QTableWidget;

namespace hubdesk {

class Database;

// When a save meets a newer version of the record (another window or another
// computer saved it meanwhile), this shows, field by field, the value the user
// typed and the value stored now, and lets them choose. Each choice starts on the
// side that changed the field since \a base (what the user began editing); where
// both changed it, on the user's. Nothing is overwritten until they confirm.
class ConflictDialog : public QDialog
{
    Q_OBJECT
public:
    ConflictDialog(Database &db, const Record &base, const Record &mine, const Record &stored,
                   QWidget *parent = nullptr);

    // The stored record with the user's value in every field where they chose theirs;
    // its version is the stored one, so saving it succeeds unless it changes again.
    Record merged() const;
    QStringList differingFields() const { return m_fields; }
    // For tests and keyboard users: choose the stored (false) or typed (true) value of a field.
    void chooseMine(const QString &key, bool mine);
    bool isMineChosen(const QString &key) const;

private:
    Record m_mine;
    Record m_stored;
    QStringList m_fields;
    QList<QButtonGroup *> m_choices;
    QTableWidget *m_table = nullptr;
};

} // namespace hubdesk
