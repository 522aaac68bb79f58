// Tints for both renderers. WebGL multiplies a texture by a tint colour as it draws; Phaser's
// Canvas renderer ignores tints, which would turn dark smoke white and cloud shadows into pale
// clouds. On Canvas a tinted copy of the texture is baked once (multiply, then the source's alpha)
// and used instead, so the town means the same thing on either renderer.
import * as Phaser from 'phaser';

export function usesCanvas(scene: Phaser.Scene): boolean {
  return scene.sys.game.renderer.type === Phaser.CANVAS;
}

/** The key of `key` baked with `tint` (Canvas only; WebGL tints as it draws). */
export function tintedKey(scene: Phaser.Scene, key: string, tint: number): string {
  const hex = (tint & 0xffffff).toString(16).padStart(6, '0');
  const baked = `${key}#${hex}`;
  if (scene.textures.exists(baked)) return baked;
  const source = scene.textures.get(key).getSourceImage() as HTMLImageElement | HTMLCanvasElement;
  const texture = scene.textures.createCanvas(baked, source.width, source.height);
  if (!texture) return key;
  const ctx = texture.getContext();
  ctx.drawImage(source, 0, 0);
  ctx.globalCompositeOperation = 'multiply';
  ctx.fillStyle = `#${hex}`;
  ctx.fillRect(0, 0, source.width, source.height);
  ctx.globalCompositeOperation = 'destination-in';
  ctx.drawImage(source, 0, 0);
  texture.refresh();
  return baked;
}

/** An image of `key` tinted on either renderer. */
export function tintImage(image: Phaser.GameObjects.Image, key: string, tint: number): Phaser.GameObjects.Image {
  return usesCanvas(image.scene) ? image.setTexture(tintedKey(image.scene, key, tint)) : image.setTint(tint);
}

/** A particle texture and config tint for either renderer (Canvas: the baked copy and no tint). */
export function particleTint(scene: Phaser.Scene, key: string, tint: number): { texture: string; tint?: number } {
  return usesCanvas(scene) ? { texture: tintedKey(scene, key, tint) } : { texture: key, tint };
}
