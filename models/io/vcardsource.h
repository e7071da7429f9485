#pragma once

#include "tablesource.h"
#include "vcardreader.h"

#include <QCoreApplication>

namespace hubdesk {

// The contacts of a vCard file as rows for importing people: a header row, then one
// row per card with the fields people have (name, job title, e-mail, phone, mobile,
// city, country, website, notes). A card the reader had to skip becomes a row problem
// (its line and why) instead of disappearing.
class VCardSource : public TableSource
{
    Q_DECLARE_TR_FUNCTIONS(hubdesk::VCardSource)

public:
    explicit VCardSource(const QString &path);

    bool next(SourceRow *row) override;
    Error error() const override { return m_reader.error(); }
    qint64 position() const override { return m_reader.position(); }
    qint64 size() const override { return m_reader.size(); }
    // The cards the reader skipped, with their lines.
    const QList<VCardProblem> &problems() const { return m_reader.problems(); }

    static QStringList header();

private:
    VCardReader m_reader;
    bool m_headerGiven = false;
};

} // namespace hubdesk
