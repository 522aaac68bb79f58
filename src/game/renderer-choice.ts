// Which Phaser renderer draws the town. WebGL through a software rasteriser (no GPU, or a GPU the
// browser will not use: SwiftShader, llvmpipe, WARP) took the whole main thread on a 2-core laptop
// (a 150 ms frame at 1366x768), while Canvas 2D drew the same town at 30 fps in under a third of
// it. So a software GL gets Canvas at one device pixel per CSS pixel; a real GPU keeps WebGL.
import * as Phaser from 'phaser';

const SOFTWARE_GL = /swiftshader|llvmpipe|softpipe|software|basic render|warp/i;

export interface RendererChoice {
  type: number;
  /** Whether drawing is done without a GPU (Canvas in place of software WebGL). */
  software: boolean;
}

/** The renderer string a WebGL context reports, or null when there is no WebGL at all. */
function webglRenderer(): string | null {
  try {
    const canvas = document.createElement('canvas');
    // A context that fails on a major performance caveat is one the browser itself calls slow.
    const fast = canvas.getContext('webgl', { failIfMajorPerformanceCaveat: true });
    if (!fast) return 'software (major performance caveat)';
    const info = fast.getExtension('WEBGL_debug_renderer_info');
    const name = info ? String(fast.getParameter(info.UNMASKED_RENDERER_WEBGL)) : String(fast.getParameter(fast.RENDERER));
    fast.getExtension('WEBGL_lose_context')?.loseContext();
    return name;
  } catch {
    return null;
  }
}

export function chooseRenderer(): RendererChoice {
  const name = webglRenderer();
  if (name === null || SOFTWARE_GL.test(name)) return { type: Phaser.CANVAS, software: true };
  return { type: Phaser.WEBGL, software: false };
}
