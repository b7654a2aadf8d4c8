// Uses the documented library API from outside the undoc tree.
#include <undoc/undoc.hpp>

#include <iostream>

int main() {
  undoc::Document d = undoc::convert("一、导言\n1. 第一段。\n", "x.txt");
  std::cout << undoc::render_json(d).size() << " " << d.body.size() << "\n";
  return d.body.size() == 1 ? 0 : 1;
}
