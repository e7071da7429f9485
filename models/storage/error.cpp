#include "error.h"

namespace hubdesk {

Error Error::validation(const Problems &problems)
{
    return Error{Code::Validation, describe(problems), problems};
}

} // namespace hubdesk
