// SPDX-License-Identifier: Apache-2.0
#include "validate/identifiers.hpp"

#include <algorithm>

namespace medcert::validate {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool all_digits(std::string_view text) { return std::all_of(text.begin(), text.end(), is_digit); }

}  // namespace

std::optional<std::string> rpps_digits(std::string_view text) {
  if (!all_digits(text)) return std::nullopt;
  if (text.size() == 11) return std::string(text);
  // The IDNPS prefix "8" must go before the Luhn check: it shifts the parity of every digit.
  if (text.size() == 12 && text.front() == '8') return std::string(text.substr(1));
  return std::nullopt;
}

bool luhn_valid(std::string_view digits) {
  if (digits.empty() || !all_digits(digits)) return false;
  int sum = 0;
  bool doubled = false;
  for (auto it = digits.rbegin(); it != digits.rend(); ++it) {
    int d = *it - '0';
    if (doubled) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
    doubled = !doubled;
  }
  return sum % 10 == 0;
}

bool adeli_well_formed(std::string_view text) {
  if (text.size() != 9 || !all_digits(text.substr(2))) return false;
  const auto departement = text.substr(0, 2);
  return all_digits(departement) || departement == "2A" || departement == "2B";
}

}  // namespace medcert::validate
