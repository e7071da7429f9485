#pragma once

#include "../models/storage/participationrepository.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QListWidget;

namespace hubdesk {

class Database;

// Registers several organisations and people for an event at once, in one role:
// search, tick, choose the role, add. Those already registered in that role are skipped.
class AddParticipantsDialog : public QDialog
{
    Q_OBJECT
public:
    AddParticipantsDialog(Database &db, const QString &eventName, QWidget *parent = nullptr);

    QList<ParticipationRepository::Participant> chosen() const;
    QString role() const;
    QLineEdit *searchField() const { return m_search; }
    QListWidget *list() const { return m_list; }

private:
    void search(const QString &text);

    Database &m_db;
    QLineEdit *m_search = nullptr;
    QListWidget *m_list = nullptr;
    QComboBox *m_role = nullptr;
    // Ticks survive a new search: kept by "o<id>" / "p<id>".
    QHash<QString, ParticipationRepository::Participant> m_ticked;
};

} // namespace hubdesk
