// Load the designer (WebAssembly) and start it on the page's canvas. A browser that cannot
// says why in the page, where the designer would be.
import init from "./ics_board_designer.js";

init({ module_or_path: new URL("ics_board_designer_bg.wasm", import.meta.url) }).catch((error) => {
  const line = document.getElementById("ics-message");
  if (line) {
    line.setAttribute("role", "alert");
    line.textContent =
      "The designer could not start in this browser (it needs WebAssembly and WebGL): " + error;
  }
  console.error(error);
});
